// @ts-check
/**
 * Signed officer links. The receiver signs an officer's collar number and unit with LINK_SECRET
 * (HMAC-SHA-256); the signature travels in the feedback page's address as `sig` and comes back in
 * the payload's context. A rating whose signature is missing or wrong is kept, marked unverified,
 * and never counts toward an officer's or a unit's figures.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signatures are 22 base64url characters (132 bits of HMAC-SHA-256). */
export const SIG_LENGTH = 22;

/**
 * The officer and unit exactly as the elements put them in the context (trimmed, control
 * characters removed, at most 64 characters), so that what is signed is what comes back.
 * @param {unknown} value
 * @returns {string | null}
 */
export function contextValue(value) {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const v = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return v && v.length <= 64 && v.isWellFormed() ? v : null;
}

/** @param {string} secret */
export function createLinkSigner(secret) {
  /** @param {string} officer @param {string} unit */
  const sign = (officer, unit) =>
    createHmac('sha256', secret).update(`officer-link\n${officer}\n${unit}`).digest('base64url').slice(0, SIG_LENGTH);
  return {
    sign,
    /**
     * @param {import('../../src/schema/victim-feedback-1.js').FeedbackContext | undefined} context the payload's context
     * @returns {boolean}
     */
    verify(context) {
      const { officer, unit, sig } = context ?? {};
      if (!officer || !unit || typeof sig !== 'string' || sig.length !== SIG_LENGTH) return false;
      return timingSafeEqual(Buffer.from(sign(officer, unit)), Buffer.from(sig));
    },
  };
}

/** @typedef {ReturnType<typeof createLinkSigner>} LinkSigner */
