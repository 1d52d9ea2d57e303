// @ts-check
/**
 * Per-client token bucket, held only in memory (never written to disk or logs). The key is the
 * remote address (IPv6 addresses by their /64, which one client usually controls as a whole).
 */
import { isIPv6 } from 'node:net';

/**
 * @param {string | undefined} address
 * @returns {string}
 */
export function clientKey(address) {
  if (!address) return 'unknown';
  if (address.startsWith('::ffff:')) return address.slice(7); // IPv4-mapped
  if (!isIPv6(address)) return address;
  // Expand "::" and keep the first four groups.
  const [head, tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return (
    groups
      .slice(0, 4)
      .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
      .join(':') + '::/64'
  );
}

/**
 * @param {{ perMinute: number, now?: () => number, maxClients?: number }} options
 *   perMinute: bucket size and refill per minute; 0 or less turns the limit off.
 */
export function createRateLimiter({ perMinute, now = Date.now, maxClients = 50_000 }) {
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  const ratePerMs = perMinute / 60_000;
  let lastSweep = now();

  /**
   * Forgets clients whose bucket has refilled: they are indistinguishable from new ones.
   * @param {number} t
   */
  function sweep(t) {
    for (const [key, b] of buckets) {
      if (b.tokens + (t - b.at) * ratePerMs >= perMinute) buckets.delete(key);
    }
    lastSweep = t;
  }

  return {
    /**
     * Takes one token for `key`.
     * @param {string} key
     * @returns {{ ok: true } | { ok: false, retryAfterSeconds: number }}
     */
    take(key) {
      if (!(perMinute > 0)) return { ok: true };
      const t = now();
      if (t - lastSweep > 60_000 || buckets.size >= maxClients) sweep(t);
      const b = buckets.get(key) ?? { tokens: perMinute, at: t };
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * ratePerMs);
      b.at = t;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        buckets.set(key, b);
        return { ok: true };
      }
      buckets.set(key, b);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / ratePerMs / 1000)) };
    },
    get size() {
      return buckets.size;
    },
  };
}
