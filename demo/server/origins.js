// @ts-check
/**
 * Where a request comes from and what that allows: the public origins the receiver answers as
 * (the Host check against DNS rebinding), CORS for the API, whether a state-changing request comes
 * from one of the receiver's own pages, whether cookies must be Secure, and the client's address
 * for rate limiting.
 */
import { isLoopback } from './auth/http.js';
import { clientKey } from './rate-limit.js';

/** @typedef {import('node:http').IncomingMessage} Req */

/**
 * @param {{
 *   publicOrigins: string[], host: string, allowedOrigins: string[], trustProxy: number,
 *   listeningPort: () => number
 * }} options publicOrigins: PUBLIC_ORIGINS (none: the address it listens on); allowedOrigins:
 *   ALLOWED_ORIGINS, other sites whose pages may post feedback.
 */
export function createOrigins({ publicOrigins: configured, host, allowedOrigins, trustProxy, listeningPort }) {
  const allowed = new Set(allowedOrigins);
  /** @type {{ origins: Set<string>, hosts: Map<string, URL> } | null} */
  let cached = null;

  /**
   * The origins this receiver answers as: PUBLIC_ORIGINS, or by default the address it listens on,
   * as localhost, 127.0.0.1 and [::1] too, with the port it listens on.
   * @returns {{ origins: Set<string>, hosts: Map<string, URL> }}
   */
  function publicOrigins() {
    if (cached) return cached;
    let list = configured;
    if (!list.length) {
      const port = listeningPort();
      const names = ['localhost', '127.0.0.1', '[::1]'];
      const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      if (!['0.0.0.0', '[::]', ...names].includes(h)) names.push(h);
      list = names.map((n) => new URL(`http://${n}:${port}`).origin);
      if (!port) return { origins: new Set(list), hosts: new Map(list.map((o) => [new URL(o).host, new URL(o)])) };
    }
    cached = { origins: new Set(list), hosts: new Map(list.map((o) => [new URL(o).host, new URL(o)])) };
    return cached;
  }

  /**
   * The public origin a request came to, from its Host header, or null when the Host is not one
   * of them (DNS rebinding, a misrouted request): such requests are refused before anything else.
   * @param {Req} req
   */
  function publicOriginOf(req) {
    const name = req.headers.host?.toLowerCase();
    if (!name) return null;
    return publicOrigins().hosts.get(name) ?? null;
  }

  return {
    publicOriginOf,

    /**
     * Decides CORS for an API request. Same origin means one of the public origins, never
     * "whatever the Host header says".
     * @param {Req} req
     * @returns {{ ok: boolean, headers: Record<string, string> }}
     */
    cors(req) {
      const origin = req.headers.origin;
      const headers = { Vary: 'Origin' };
      if (!origin) return { ok: true, headers };
      if (publicOrigins().origins.has(origin)) return { ok: true, headers };
      if (allowed.has(origin)) {
        return {
          ok: true,
          headers: {
            ...headers,
            'Access-Control-Allow-Origin': origin,
            // The elements honour Retry-After on 429, so cross-origin pages must be able to read it.
            'Access-Control-Expose-Headers': 'Retry-After',
          },
        };
      }
      return { ok: false, headers };
    },

    /**
     * Whether a state-changing request comes from one of the receiver's own pages: its Origin is a
     * public origin, or absent (not a browser), or "null" with Sec-Fetch-Site: same-origin (the
     * pages' Referrer-Policy: no-referrer makes browsers send Origin: null on form posts; a page
     * cannot set Sec-Fetch-Site itself).
     * @param {Req} req
     */
    fromOwnPage(req) {
      const origin = req.headers.origin;
      if (origin === undefined || publicOrigins().origins.has(origin)) return true;
      return origin === 'null' && req.headers['sec-fetch-site'] === 'same-origin';
    },

    /**
     * Session cookies are Secure except on this machine (http://localhost works in browsers).
     * @param {Req} req
     */
    secureFor(req) {
      const origin = publicOriginOf(req);
      return Boolean(origin && !isLoopback(origin.hostname));
    },

    /**
     * The rate-limit key of the client (never stored or logged): the connection's address, or
     * with TRUST_PROXY=N the address N proxies back in X-Forwarded-For.
     * @param {Req} req
     */
    clientKey(req) {
      if (trustProxy > 0) {
        const chain = String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const hop = chain[chain.length - trustProxy];
        if (hop) return clientKey(hop);
      }
      return clientKey(req.socket.remoteAddress);
    },
  };
}

/** @typedef {ReturnType<typeof createOrigins>} Origins */
