// @ts-check
/**
 * Staff sign-in: GET /api/session (who is signed in, and the CSRF token), GET and POST /signin,
 * POST /signout, and OpenID Connect (GET /auth/oidc/start and /auth/oidc/callback) when
 * OIDC_ISSUER is set. The sign-in page is also what the results page shows to those not signed in.
 */
import { randomBytes } from 'node:crypto';
import { NAME_PATTERN } from '../auth/accounts.js';
import { AUTHENTICATE } from '../auth/access.js';
import { cookie, oidcCookieName, parseCookies, sameSecret, sessionCookieName, signInCookieName } from '../auth/http.js';
import { signInPage, signedInPage } from '../auth/pages.js';
import { readBody, refuseTooLarge } from '../body.js';
import { reason } from '../request-log.js';
import { redirect, sendError, sendHtml, sendJson } from '../respond.js';

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {import('../router.js').Handler} Handler
 */

/** Where a signed-in person may be sent after signing in: only these pages, never an address from the request. */
const NEXT_PAGES = ['/results.html', '/officer.html'];

/**
 * @param {string | null | undefined} asked
 * @param {string} [otherwise]
 */
const nextPage = (asked, otherwise = NEXT_PAGES[0]) => (asked && NEXT_PAGES.includes(asked) ? asked : otherwise);

/** @param {import('./index.js').Context} context */
export function authRoutes({ now, accounts, oidc, origins, access, signInLimiter }) {
  /**
   * The Set-Cookie of a new session.
   * @param {boolean} secure
   * @param {{ token: string, expires: Date }} session
   */
  const sessionCookie = (secure, session) =>
    cookie(sessionCookieName(secure), session.token, { secure, maxAge: Math.round((session.expires.getTime() - now().getTime()) / 1000) });

  /**
   * The sign-in page with a fresh sign-in CSRF token (double submit: cookie and form field).
   * @param {Req} req
   * @param {Res} res
   * @param {number} status
   * @param {{ error?: 'wrong' | 'missing' | 'expired' | 'oidc' | null, signedOut?: boolean, next?: string | null }} [opts]
   */
  function showSignIn(req, res, status, opts = {}) {
    const secure = origins.secureFor(req);
    const csrf = randomBytes(24).toString('base64url');
    const page = signInPage({ csrf, error: opts.error, oidc: Boolean(oidc), signedOut: opts.signedOut, next: nextPage(opts.next) });
    sendHtml(res, status, page, {
      'Set-Cookie': cookie(signInCookieName(secure), csrf, { secure, maxAge: 3600 }),
      ...(status === 401 ? AUTHENTICATE : {}),
    });
  }

  /** @type {Handler} GET /api/session */
  async function session(req, res) {
    const who = await access.session(req);
    if (!who) return sendError(res, 401, 'unauthorized', 'Not signed in. Sign in at /signin.');
    sendJson(res, 200, { name: who.name, role: who.role, permissions: who.permissions, csrf: who.csrf });
  }

  /** @type {Handler} GET /signin */
  async function signInForm(req, res, { query }) {
    showSignIn(req, res, 200, { signedOut: query.has('signed-out'), next: query.get('next') });
  }

  /** @type {Handler} POST /signin (form: name, password, csrf, next). */
  async function signIn(req, res) {
    const secure = origins.secureFor(req);
    if (!origins.fromOwnPage(req)) return sendError(res, 403, 'origin_not_allowed', 'Sign in from this receiver’s own page.');
    if (!signInLimiter.take(origins.clientKey(req)).ok) {
      return sendError(res, 429, 'rate_limited', 'Too many sign-in attempts. Try again in a minute.', {}, { 'Retry-After': '60' });
    }
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, 'unsupported_media_type', 'Send the sign-in form as application/x-www-form-urlencoded.');
    }
    const raw = await readBody(req, 4096);
    if (raw === null) return refuseTooLarge(req, res, 4096);
    const form = new URLSearchParams(raw.toString('utf8'));
    const next = form.get('next');
    const expected = parseCookies(req.headers.cookie)[signInCookieName(secure)];
    const given = form.get('csrf');
    if (!expected || !given || !sameSecret(expected, given)) return showSignIn(req, res, 403, { error: 'expired', next });
    const name = (form.get('name') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!name || !password) return showSignIn(req, res, 401, { error: 'missing', next });
    const result = await accounts.verify(name, password, now());
    if (!result.ok) return showSignIn(req, res, 401, { error: 'wrong', next });
    const started = await accounts.startSession(name, result.role, now());
    redirect(res, nextPage(next, result.role === 'officer' ? '/officer.html' : '/results.html'), [
      sessionCookie(secure, started),
      cookie(signInCookieName(secure), '', { secure, maxAge: 0 }),
    ]);
  }

  /** @type {Handler} POST /signout (form field csrf, or X-CSRF-Token). */
  async function signOut(req, res) {
    const secure = origins.secureFor(req);
    const who = await access.session(req);
    if (!who) return showSignIn(req, res, 401);
    const raw = await readBody(req, 2048);
    const given = req.headers['x-csrf-token'] ?? new URLSearchParams(raw?.toString('utf8') ?? '').get('csrf');
    if (!access.csrfOk(req, who, /** @type {string} */ (given)))
      return sendError(res, 403, 'csrf', 'This request needs the CSRF token of a signed-in page.');
    await accounts.endSession(who.token);
    redirect(res, '/signin?signed-out=1', cookie(sessionCookieName(secure), '', { secure, maxAge: 0 }));
  }

  /**
   * What both steps of OpenID Connect sign-in need, or null when it is not configured (404).
   * @param {Req} req
   * @param {Res} res
   */
  function oidcFlow(req, res) {
    if (!oidc) {
      sendError(res, 404, 'not_found', 'OpenID Connect is not configured (OIDC_ISSUER).');
      return null;
    }
    const secure = origins.secureFor(req);
    const base = /** @type {URL} */ (origins.publicOriginOf(req));
    // SameSite=Lax for this one cookie: the provider's redirect back is a cross-site navigation.
    /** @param {string} value @param {number} maxAge */
    const flowCookie = (value, maxAge) => cookie(oidcCookieName(secure), value, { secure, maxAge, sameSite: 'Lax' });
    return { oidc, secure, base, redirectUri: new URL('/auth/oidc/callback', base).href, flowCookie };
  }

  /** @type {Handler} GET /auth/oidc/start?next=… */
  async function oidcStart(req, res, { query }) {
    const flow = oidcFlow(req, res);
    if (!flow) return;
    const { url, flow: state } = await flow.oidc.start(flow.redirectUri, nextPage(query.get('next')));
    redirect(res, url, flow.flowCookie(state, 600));
  }

  /** @type {Handler} GET /auth/oidc/callback */
  async function oidcCallback(req, res) {
    const flow = oidcFlow(req, res);
    if (!flow) return;
    const state = parseCookies(req.headers.cookie)[oidcCookieName(flow.secure)];
    const result = await flow.oidc.finish(new URL(req.url ?? '/', flow.base), flow.redirectUri, state).catch((err) => {
      console.error(`receiver: OpenID Connect sign-in failed: ${reason(err)}`);
      return null;
    });
    if (!result || !NAME_PATTERN.test(result.name)) return showSignIn(req, res, 401, { error: 'oidc' });
    const started = await accounts.startSession(result.name, result.role, now(), 'oidc');
    // Not a redirect: this answer ends a navigation that began on the provider's site, and a
    // browser would not send a SameSite=Strict cookie on a redirect from it. A page of our own that
    // moves on by itself (a meta refresh: no script under the CSP) makes the next request same-site.
    sendHtml(res, 200, signedInPage(nextPage(result.next)), {
      'Set-Cookie': [sessionCookie(flow.secure, started), flow.flowCookie('', 0)],
    });
  }

  return { showSignIn, session, signInForm, signIn, signOut, oidcStart, oidcCallback };
}
