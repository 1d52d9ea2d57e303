// @ts-check
/**
 * Whatever path no route has: 404 JSON under /api, else the demo pages (demo/ at /, dist/ at
 * /dist/). The results page and its scripts are for signed-in staff with the figures permission:
 * without a session the page is the sign-in page (401) and a script is 401 JSON; another role is 403.
 */
import { fileURLToPath } from 'node:url';
import { createStatic } from '../static.js';
import { methodNotAllowed, sendError } from '../respond.js';

/** The results page (`/results`, `/results.html`), its entry script and its modules (`/results/*.js`). */
const RESULTS_PAGE = /^\/results(\.html)?$/;
const RESULTS_SCRIPT = /^\/results(\.js|\/.*)$/;

/**
 * @param {import('./index.js').Context} context
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, status: number, opts?: { next?: string }) => void} showSignIn
 * @returns {import('../router.js').Fallback}
 */
export function pageRoutes({ cfg, access }, showSignIn) {
  const files = createStatic({
    mounts: [
      { prefix: '/', dir: cfg.demoDir },
      { prefix: '/dist/', dir: cfg.distDir },
    ],
    // Never serve the receiver's code or its database, even though they live under demo/.
    deny: [fileURLToPath(new URL('../', import.meta.url)), cfg.dataDir],
  });

  return async function serve(req, res, pathname, method) {
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      sendError(res, 404, 'not_found', 'No such API route.');
      return '/api/*';
    }
    if (method !== 'GET' && method !== 'HEAD') {
      methodNotAllowed(res, 'GET, HEAD');
      return '(static)';
    }
    const page = RESULTS_PAGE.test(pathname);
    if (page || RESULTS_SCRIPT.test(pathname)) {
      const who = await access.session(req);
      if (!who) {
        if (page) showSignIn(req, res, 401, { next: '/results.html' });
        else sendError(res, 401, 'unauthorized', 'Sign in at /signin.');
      } else if (!who.permissions.includes('figures')) {
        sendError(res, 403, 'forbidden', `Your role (${who.role}) may not see the results.`);
      } else {
        await files.serve(req, res, pathname === '/results' ? '/results.html' : pathname);
      }
      return '/results.html';
    }
    await files.serve(req, res, pathname);
    return '(static)';
  };
}
