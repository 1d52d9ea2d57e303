// @ts-check
/**
 * Every route of the receiver, in one table: path, who may call it, and which module answers.
 * `cors`: pages on other origins (ALLOWED_ORIGINS) may call it, with these request headers;
 * `permit`: the permissions any one of which lets a caller in (401 or 403 otherwise);
 * `staffJson`: a JSON body from a signed-in page, with the session's CSRF token.
 * router.js applies them; a path that is not here is a demo page (routes/pages.js).
 */
import { authRoutes } from './auth.js';
import { feedbackRoutes } from './feedback.js';
import { healthRoutes } from './health.js';
import { linkRoutes } from './links.js';
import { pageRoutes } from './pages.js';
import { resultsRoutes } from './results.js';

/**
 * What the route modules share, made once by createApp.
 * @typedef {{
 *   cfg: import('../app.js').AppConfig, now: () => Date,
 *   store: Awaited<ReturnType<typeof import('../db.js').openStore>>,
 *   queue: import('../contact/queue.js').Queue, worker: import('../contact/worker.js').Worker,
 *   keys: ReturnType<typeof import('../contact/secret.js').keyed>,
 *   links: import('../links.js').LinkSigner, accounts: import('../auth/accounts.js').Accounts,
 *   oidc: ReturnType<typeof import('../auth/oidc.js').createOidc> | null,
 *   origins: import('../origins.js').Origins, access: import('../auth/access.js').Access,
 *   limiter: ReturnType<typeof import('../rate-limit.js').createRateLimiter>,
 *   signInLimiter: ReturnType<typeof import('../rate-limit.js').createRateLimiter>
 * }} Context
 */

/**
 * @param {Context} context
 * @returns {{ routes: import('../router.js').Route[], fallback: import('../router.js').Fallback }}
 */
export function routeTable(context) {
  const feedback = feedbackRoutes(context);
  const results = resultsRoutes(context);
  const links = linkRoutes(context);
  const auth = authRoutes(context);
  const { healthz } = healthRoutes(context);
  /** @type {import('../router.js').Route[]} */
  const routes = [
    // Victims' pages, here or on an allowed origin.
    { path: '/api/feedback', cors: 'Content-Type, Idempotency-Key', methods: { POST: feedback.post } },
    {
      path: /^\/api\/contact-requests\/([0-9a-f-]{36})\/cancel$/,
      name: '/api/contact-requests/:id/cancel',
      cors: 'Content-Type',
      methods: { POST: feedback.cancel },
    },
    // The results, for staff and API tokens.
    { path: '/api/summary', cors: 'Authorization', permit: ['figures'], methods: { GET: results.summary, HEAD: results.summary } },
    { path: '/api/export.csv', cors: 'Authorization', permit: ['figures'], methods: { GET: results.exportCsv, HEAD: results.exportCsv } },
    { path: '/api/comments', permit: ['comments'], methods: { GET: results.comments } },
    { path: '/api/contact-requests', permit: ['contacts'], methods: { GET: results.contactRequests } },
    {
      path: /^\/api\/comments\/([0-9a-f-]{36})\/reviewed$/,
      name: '/api/comments/:id/reviewed',
      permit: ['comments'],
      staffJson: true,
      methods: { POST: results.markReviewed },
    },
    // The officer page.
    { path: '/api/links', permit: ['sign-any', 'sign-own'], staffJson: true, methods: { POST: links.sign } },
    { path: '/api/units', methods: { GET: links.units } },
    // Signing in.
    { path: '/api/session', methods: { GET: auth.session } },
    { path: '/signin', methods: { GET: auth.signInForm, POST: auth.signIn } },
    { path: '/signout', methods: { POST: auth.signOut } },
    { path: '/auth/oidc/start', methods: { GET: auth.oidcStart } },
    { path: '/auth/oidc/callback', methods: { GET: auth.oidcCallback } },
    // For the operator's monitoring.
    { path: '/healthz', methods: { GET: healthz, HEAD: healthz } },
  ];
  return { routes, fallback: pageRoutes(context, auth.showSignIn) };
}
