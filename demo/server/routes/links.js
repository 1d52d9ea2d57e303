// @ts-check
/**
 * The officer page's two calls: GET /api/units (the units list, for the form) and POST /api/links
 * {"officer": "4521", "unit": "HB"}, the signature for an officer's QR code. Signed-in staff only
 * (the router has checked the session's CSRF token); an `officer` account only for its own collar
 * number; the unit must be on the units list when there is one.
 */
import { contextValue } from '../links.js';
import { sendError, sendJson } from '../respond.js';

/** @typedef {import('../router.js').Handler} Handler */

/** @param {import('./index.js').Context} context */
export function linkRoutes({ cfg, links }) {
  const unitCodes = new Set(cfg.units.map((u) => u.code));

  /** @type {Handler} */
  async function units(req, res) {
    sendJson(res, 200, { units: cfg.units });
  }

  /** @type {Handler} */
  async function sign(req, res, { who, body }) {
    const officer = contextValue(body.officer);
    const unit = contextValue(body.unit);
    /** @type {string[]} */
    const fields = [];
    if (!officer) fields.push('/officer');
    if (!unit || (unitCodes.size > 0 && !unitCodes.has(unit))) fields.push('/unit');
    if (fields.length) {
      return sendError(
        res,
        422,
        'invalid_link',
        unitCodes.size && unit && !unitCodes.has(unit)
          ? 'The unit must be one of the units in the list.'
          : 'Give a collar number and a unit, each at most 64 characters.',
        { fields },
      );
    }
    if (!who.permissions.includes('sign-any') && officer !== who.name) {
      return sendError(res, 403, 'forbidden', 'An officer account signs links for its own collar number only.', { fields: ['/officer'] });
    }
    sendJson(res, 200, { officer, unit, sig: links.sign(/** @type {string} */ (officer), /** @type {string} */ (unit)) });
  }

  return { units, sign };
}
