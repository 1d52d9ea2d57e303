// @ts-check
/**
 * One JSON line per request on stdout, for the operator's log collector:
 * `{"at":"…","method":"POST","route":"/api/feedback","status":201,"ms":3.1}`.
 * The route is the pattern (`/api/comments/:id/reviewed`, `(static)`), never the path or query
 * as sent; no body, no header, no address: nothing about the person.
 */

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** @param {(line: string) => void} write */
export function createRequestLog(write) {
  /**
   * @param {string} method
   * @param {string} route
   * @param {number} status
   * @param {bigint} started process.hrtime.bigint() when the request arrived
   */
  return (method, route, status, started) => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    write(JSON.stringify({ at: new Date().toISOString(), method: METHODS.has(method) ? method : 'OTHER', route, status, ms }));
  };
}

/**
 * An error as the logs say it: its message only (never a payload, which an error may quote).
 * @param {unknown} err
 */
export const reason = (err) => (err instanceof Error ? err.message : String(err));
