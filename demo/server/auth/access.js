// @ts-check
/**
 * Who may do what, one way for every route: who is asking (a staff session or an API token),
 * 401 or 403 for those who may not, and the CSRF check of a signed-in page's state changes.
 */
import { createAuthenticator, sameSecret } from './http.js';
import { readJson } from '../body.js';
import { sendError } from '../respond.js';

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {import('./http.js').Principal} Principal
 */

/** The 401 and the sign-in page say where to get in; the realm names what is protected. */
export const AUTHENTICATE = Object.freeze({ 'WWW-Authenticate': 'Bearer realm="victim-feedback-results"' });

/**
 * @param {{
 *   accounts: import('./accounts.js').Accounts, tokens: string[], now: () => Date,
 *   origins: import('../origins.js').Origins
 * }} options
 */
export function createAccess({ accounts, tokens, now, origins }) {
  const authenticator = createAuthenticator({ accounts, tokens, now });
  /** @param {Req} req */
  const who = (req) => authenticator.who(req, origins.secureFor(req));

  /**
   * A state-changing request from a signed-in page must carry its session's CSRF token
   * (X-CSRF-Token header, or a `csrf` form field) and come from one of the public origins.
   * @param {Req} req
   * @param {Principal} principal
   * @param {string | null | undefined} given
   */
  function csrfOk(req, principal, given) {
    if (principal.kind !== 'session' || !origins.fromOwnPage(req)) return false;
    return typeof given === 'string' && sameSecret(given, principal.csrf);
  }

  return {
    who,
    csrfOk,

    /**
     * The signed-in staff member, or null (nobody, or an API token).
     * @param {Req} req
     */
    async session(req) {
      const principal = await who(req);
      return principal && principal.kind === 'session' ? principal : null;
    },

    /**
     * Who may do what: answers 401 (nobody) or 403 (the wrong role) and returns null, or the principal.
     * @param {Req} req
     * @param {Res} res
     * @param {import('./accounts.js').Permission[]} anyOf
     * @param {Record<string, string>} [headers]
     */
    async permit(req, res, anyOf, headers = {}) {
      const principal = await who(req);
      if (!principal) {
        sendError(
          res,
          401,
          'unauthorized',
          'Sign in at /signin, or send Authorization: Bearer with a token from RESULTS_API_TOKENS. Accounts are made with `npm run receiver:user -- add NAME --role analyst` (docs/receiver.md).',
          {},
          { ...headers, ...AUTHENTICATE },
        );
        return null;
      }
      if (!anyOf.some((p) => principal.permissions.includes(p))) {
        sendError(res, 403, 'forbidden', `Your role (${principal.role ?? 'API token'}) may not see this.`, {}, headers);
        return null;
      }
      return principal;
    },

    /**
     * Reads a small JSON object from a signed-in page after checking its CSRF token (403), or
     * answers and returns null.
     * @param {Req} req
     * @param {Res} res
     * @param {Principal} principal
     * @returns {Promise<Record<string, unknown> | null>}
     */
    async staffJson(req, res, principal) {
      if (!csrfOk(req, principal, /** @type {string | undefined} */ (req.headers['x-csrf-token']))) {
        sendError(res, 403, 'csrf', 'This request needs the X-CSRF-Token of a signed-in page.');
        return null;
      }
      const body = await readJson(req, res, {
        limit: 2048,
        unsupported: 'Send JSON (Content-Type: application/json).',
        malformed: 'The body is not a JSON object in UTF-8.',
        object: true,
      });
      return body && /** @type {Record<string, unknown>} */ (body.value);
    },
  };
}

/** @typedef {ReturnType<typeof createAccess>} Access */
