// @ts-check
/** GET /healthz: 200 when the database answers, 503 when it does not. */
import { sendJson } from '../respond.js';

/** @param {import('./index.js').Context} context */
export function healthRoutes({ store }) {
  /** @type {import('../router.js').Handler} */
  async function healthz(req, res) {
    try {
      await store.db.ping();
      sendJson(res, 200, { status: 'ok', database: 'ok' });
    } catch {
      sendJson(res, 503, { status: 'unavailable', database: 'unreachable' });
    }
  }
  return { healthz };
}
