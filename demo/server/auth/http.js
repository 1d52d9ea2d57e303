// @ts-check
/**
 * Who is asking, for each request: a staff session (cookie), an API token (Authorization:
 * Bearer), or nobody. Also the Host check, cookies and CSRF tokens.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { PERMISSIONS } from './accounts.js';

/**
 * @typedef {{ kind: 'session', name: string, role: import('./accounts.js').Role, csrf: string, permissions: import('./accounts.js').Permission[], token: string }
 *   | { kind: 'token', name: 'api-token', role: null, permissions: import('./accounts.js').Permission[] }} Principal
 */

/** Hosts that are this machine: cookies there need not be Secure (browsers treat them as secure contexts). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @param {string} hostname as in URL.hostname
 */
export const isLoopback = (hostname) => LOOPBACK.has(hostname) || hostname.endsWith('.localhost');

/**
 * Cookie header to a map (first value of a name wins).
 * @param {string | undefined} header
 */
export function parseCookies(header) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 1) continue;
    const name = part.slice(0, i).trim();
    if (!(name in out)) out[name] = part.slice(i + 1).trim();
  }
  return out;
}

/**
 * @param {string} name
 * @param {string} value
 * @param {{ secure: boolean, maxAge: number, sameSite?: 'Strict' | 'Lax' }} options maxAge in seconds; 0 deletes
 */
export function cookie(name, value, { secure, maxAge, sameSite = 'Strict' }) {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=${sameSite}; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

// The receiver's cookies, Secure and __Host- prefixed except on this machine (http://localhost
// works in browsers): the staff session, the sign-in form's CSRF token, an OpenID Connect flow.
/** @param {boolean} secure */
export const sessionCookieName = (secure) => (secure ? '__Host-vce_session' : 'vce_session');
/** @param {boolean} secure */
export const signInCookieName = (secure) => (secure ? '__Host-vce_signin' : 'vce_signin');
/** @param {boolean} secure */
export const oidcCookieName = (secure) => (secure ? '__Host-vce_oidc' : 'vce_oidc');

/** @param {string} a @param {string} b */
export function sameSecret(a, b) {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}

/**
 * Checks a Bearer token against every configured token, in constant time for each.
 * @param {string[]} tokens
 * @param {string | undefined} header
 */
export function bearerOk(tokens, header) {
  const m = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
  if (!m || tokens.length === 0) return false;
  let ok = false;
  for (const t of tokens) ok = sameSecret(t, m[1]) || ok;
  return ok;
}

/**
 * @param {{
 *   accounts: import('./accounts.js').Accounts, tokens: string[], now: () => Date
 * }} options
 */
export function createAuthenticator({ accounts, tokens, now }) {
  return {
    /**
     * @param {import('node:http').IncomingMessage} req
     * @param {boolean} secure
     * @returns {Promise<Principal | null>}
     */
    async who(req, secure) {
      if (req.headers.authorization !== undefined) {
        return bearerOk(tokens, req.headers.authorization)
          ? { kind: 'token', name: 'api-token', role: null, permissions: ['figures'] }
          : null;
      }
      const token = parseCookies(req.headers.cookie)[sessionCookieName(secure)];
      const session = await accounts.session(token, now());
      if (!session) return null;
      return {
        kind: 'session',
        name: session.name,
        role: session.role,
        csrf: session.csrf,
        permissions: PERMISSIONS[session.role],
        token: /** @type {string} */ (token),
      };
    },
  };
}
