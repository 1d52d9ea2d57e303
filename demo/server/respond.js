// @ts-check
/**
 * The receiver's answers, one way each: JSON (errors as `{ error, message, …}`), an HTML page, a
 * redirect, 405. Every answer carries the common security headers and is never cached.
 */
import { COMMON_HEADERS, HTML_HEADERS } from './security.js';

/** @typedef {import('node:http').ServerResponse} Res */

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | number>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(json);
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} error machine-readable code
 * @param {string} message for people
 * @param {Record<string, unknown>} [extra]
 * @param {Record<string, string | number>} [headers]
 */
export function sendError(res, status, error, message, extra = {}, headers = {}) {
  sendJson(res, status, { error, message, ...extra }, headers);
}

/**
 * A page with the HTML headers (the Content Security Policy among them).
 * @param {Res} res
 * @param {number} status
 * @param {string} html
 * @param {Record<string, string | string[]>} [headers]
 */
export function sendHtml(res, status, html, headers = {}) {
  res.writeHead(status, {
    ...HTML_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(html);
}

/**
 * 303 See Other, setting or clearing cookies on the way.
 * @param {Res} res
 * @param {string} location
 * @param {string | string[]} setCookie
 */
export function redirect(res, location, setCookie) {
  res.writeHead(303, {
    ...COMMON_HEADERS,
    Location: location,
    'Cache-Control': 'no-store',
    'Set-Cookie': setCookie,
  });
  res.end();
}

/**
 * @param {Res} res
 * @param {string} methods the Allow header: `GET, HEAD`
 */
export function methodNotAllowed(res, methods) {
  sendError(res, 405, 'method_not_allowed', `Use ${methods}.`, {}, { Allow: methods });
}
