// @ts-check
/**
 * Phone numbers and email addresses in free text, masked before a comment is shown to staff or
 * exported: victims sometimes write them even when asked not to, and a reviewer needs the words,
 * not the number.
 */

export const MASKED_EMAIL = '[email address removed]';
export const MASKED_PHONE = '[phone number removed]';

// Something@something.something, allowing the Unicode letters people really type.
const EMAIL = /[\p{L}\p{N}._%+'-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+/giu;
// Seven or more digits (any script's digits) with spaces, dots, dashes, slashes or brackets
// between them, optionally after + or 00: UK and international numbers as people write them.
const PHONE = /(?:\+|\b00)?\p{Nd}(?:[\s()./-]{0,3}\p{Nd}){6,}/gu;

/**
 * @param {string | null} text
 * @returns {string | null}
 */
export function maskContacts(text) {
  if (text === null) return null;
  return text.replace(EMAIL, MASKED_EMAIL).replace(PHONE, MASKED_PHONE);
}
