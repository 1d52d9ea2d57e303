// @ts-check
/**
 * How a request finds its route in the table (routes/index.js), and the checks every route gets
 * the same way. First the request target and the Host (a Host that is not one of the public
 * origins is refused: DNS rebinding). Then the route whose path matches (a string, or a RegExp
 * whose groups are the params) and its method: OPTIONS is the CORS preflight of a cross-origin
 * route, any other method it does not have is 405 with Allow. Then its guards, in this order:
 * CORS (`cors`), who may (`permit`), a CSRF-checked JSON body from a signed-in page (`staffJson`).
 * A path no route has goes to the fallback (the demo pages).
 */
import { COMMON_HEADERS } from './security.js';
import { methodNotAllowed, sendError } from './respond.js';
import { reason } from './request-log.js';

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {import('./auth/http.js').Principal} Principal
 * @typedef {{
 *   query: URLSearchParams, params: string[], headers: Record<string, string>,
 *   who: Principal, body: Record<string, unknown>
 * }} Call
 *   params: the path's RegExp groups; headers: for every answer (CORS on cross-origin routes, else
 *   none); who: on routes with `permit`; body: on routes with `staffJson` (else null and {}).
 * @typedef {(req: Req, res: Res, call: Call) => Promise<void>} Handler
 * @typedef {'GET' | 'HEAD' | 'POST'} Method
 * @typedef {{
 *   path: string | RegExp, name?: string, cors?: string,
 *   permit?: import('./auth/accounts.js').Permission[], staffJson?: boolean,
 *   methods: Partial<Record<Method, Handler>>
 * }} Route
 *   name: the pattern the request log shows for a RegExp path (`/api/comments/:id/reviewed`);
 *   cors: other origins may call it (ALLOWED_ORIGINS), with these request headers.
 * @typedef {(req: Req, res: Res, pathname: string, method: string) => Promise<string>} Fallback
 *   answers what no route has; returns the pattern for the log.
 */

/**
 * @param {{
 *   routes: Route[], fallback: Fallback,
 *   origins: import('./origins.js').Origins, access: import('./auth/access.js').Access,
 *   requestLog: (method: string, route: string, status: number, started: bigint) => void
 * }} options
 */
export function createRouter({ routes, fallback, origins, access, requestLog }) {
  /** @param {Res} res @param {Record<string, string>} headers */
  const refuseOrigin = (res, headers) => sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, headers);

  /**
   * The CORS preflight of a cross-origin route.
   * @param {Req} req
   * @param {Res} res
   * @param {Route} route
   */
  function preflight(req, res, route) {
    const c = origins.cors(req);
    if (!c.ok) return refuseOrigin(res, c.headers);
    const methods = Object.keys(route.methods)
      .filter((m) => m !== 'HEAD')
      .join(', ');
    res.writeHead(204, {
      ...COMMON_HEADERS,
      ...c.headers,
      Allow: `${methods}, OPTIONS`,
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': /** @type {string} */ (route.cors),
      'Access-Control-Max-Age': '600',
      'Cache-Control': 'no-store',
    });
    res.end();
  }

  /**
   * @param {Route} route
   * @param {Req} req
   * @param {Res} res
   * @param {string} method
   * @param {Omit<Call, 'headers' | 'who' | 'body'>} found
   */
  async function dispatch(route, req, res, method, found) {
    const handler = Object.hasOwn(route.methods, method) ? route.methods[/** @type {Method} */ (method)] : undefined;
    if (!handler) {
      if (method === 'OPTIONS' && route.cors) return preflight(req, res, route);
      return methodNotAllowed(res, [...Object.keys(route.methods), ...(route.cors ? ['OPTIONS'] : [])].join(', '));
    }
    /** @type {Call} */
    const call = { ...found, headers: {}, who: /** @type {any} */ (null), body: {} };
    if (route.cors) {
      const c = origins.cors(req);
      if (!c.ok) return refuseOrigin(res, c.headers);
      call.headers = c.headers;
    }
    if (route.permit) {
      const who = await access.permit(req, res, route.permit, call.headers);
      if (!who) return;
      call.who = who;
    }
    if (route.staffJson) {
      const body = await access.staffJson(req, res, call.who);
      if (!body) return;
      call.body = body;
    }
    await handler(req, res, call);
  }

  /**
   * Routes a request. Returns the route's pattern, for the request log (never the path itself,
   * which can hold ids).
   * @param {Req} req
   * @param {Res} res
   * @returns {Promise<string>}
   */
  async function route(req, res) {
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';
    if (!pathname.startsWith('/')) {
      sendError(res, 400, 'bad_request', 'Bad request target.');
      return '(bad target)';
    }
    if (!origins.publicOriginOf(req)) {
      // DNS rebinding: a page on attacker.example whose name now points here sends Host:
      // attacker.example (and a matching Origin). Only the configured public origins are answered.
      sendError(
        res,
        421,
        'misdirected_request',
        'This receiver does not answer for this host name. Set PUBLIC_ORIGINS to the addresses people use.',
      );
      return '(bad host)';
    }
    for (const r of routes) {
      const match = typeof r.path === 'string' ? (r.path === pathname ? [] : null) : r.path.exec(pathname)?.slice(1);
      if (!match) continue;
      await dispatch(r, req, res, method, { query, params: match });
      return r.name ?? String(r.path);
    }
    return fallback(req, res, pathname, method);
  }

  /**
   * The request handler: routes, logs the request (method, pattern, status, time), and answers
   * 500 for an error no route caught.
   * @param {Req} req
   * @param {Res} res
   */
  return async function handler(req, res) {
    const started = process.hrtime.bigint();
    let pattern = '(unknown)';
    res.on('finish', () => requestLog(req.method ?? '', pattern, res.statusCode, started));
    try {
      pattern = await route(req, res);
    } catch (err) {
      // Log the error, never the payload.
      console.error('receiver: internal error:', reason(err));
      if (!res.headersSent) sendError(res, 500, 'internal_error', 'Something went wrong. The payload was not stored.');
      else res.destroy();
    }
  };
}
