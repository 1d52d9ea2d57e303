/**
 * Reads a phone number a person typed and gives it back in E.164 (`+447700900982`), or says why
 * it cannot. Deliberately small (about 1 KB minified) instead of libphonenumber-js, whose smallest
 * build is about 145 KB raw and still cannot tell a mobile from a landline: this knows the UK
 * numbering plan well enough to send a text message, and takes any other country's number as typed
 * after `+` or `00`, checking only its shape. The receiver that sends the message should check
 * again with its SMS provider.
 *
 * Accepted, with any spaces, dashes, dots or brackets:
 * - UK mobiles: `07` and 9 more digits.
 * - UK landlines: `01`, `02` or `03`, 10 or 11 digits in all.
 * - Either of those after `+44`, `0044`, or `+44 (0)`.
 * - Any other number after `+` or `00`: a country code that does not start with 0, then 8 to 15
 *   digits in all.
 *
 * Digits typed on an Arabic or Persian keyboard (`٠٧٧٠٠…`) count as digits. A number without
 * its leading 0 or `+` (`7700 900982`, `44 7700 900982`) is refused rather than guessed: the same
 * digits can be a number in another country, and a text sent to a stranger is worse than asking again.
 */

/** What kind of number it is. Only `uk-landline` cannot take a text message. */
export type PhoneNumberKind = 'uk-mobile' | 'uk-landline' | 'international';

/** Why a number was refused: nothing typed, a character that has no place in a number, or digits that are not a number. */
export type PhoneNumberProblem = 'empty' | 'characters' | 'format';

export type PhoneNumberResult = { valid: true; e164: string; kind: PhoneNumberKind } | { valid: false; problem: PhoneNumberProblem };

// Characters that come along when a number is copied from a web page or a contact card.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// What people put between groups of digits.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212.()]/g;

/** Arabic-Indic, Extended Arabic-Indic (Persian, Urdu) and full-width digits as ASCII digits. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
      return String(code - zero);
    })
    .replace(/\uff0b/g, '+');
}

function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

/** A UK number without its leading 0 (the "national significant number"). */
function ukNumber(significant: string): PhoneNumberResult {
  if (/^7\d{9}$/.test(significant)) return { valid: true, e164: `+44${significant}`, kind: 'uk-mobile' };
  if (/^[123]\d{8,9}$/.test(significant)) return { valid: true, e164: `+44${significant}`, kind: 'uk-landline' };
  return { valid: false, problem: 'format' };
}

/** `written` with its invisible characters dropped and its digits in ASCII, trimmed. */
function cleaned(written: string): string {
  return asciiDigits(written.replace(INVISIBLE, '')).trim();
}

/** The digits (and a leading `+`) of a number written for people: `0808 168 9111` → `08081689111`. */
function dialled(written: string): string {
  return cleaned(written).replace(/[^\d+]/g, '');
}

/**
 * A number written for people (`0808 168 9111`, `+44 20 7230 1212`, the short code `60066`) as
 * the digits and leading `+` a `tel:` or `sms:` address takes, or null when it is not a number: only
 * digits, spaces, dashes, dots and brackets after an optional `+`, and at least three digits. For
 * numbers a host configures or a QR code holds; a number a person types is read by
 * `parsePhoneNumber`, which knows more.
 */
export function dialString(written: string): string | null {
  const text = cleaned(written);
  if (!/^\+?[\d\s\-\u2010-\u2015\u2212.()]+$/.test(text)) return null;
  const digits = dialled(text);
  return digits.replace('+', '').length >= 3 ? digits : null;
}

/** A `tel:` address for a number written for people (`08 08 16 89 111` → `tel:08081689111`). */
export function telHref(written: string): string {
  return `tel:${dialled(written)}`;
}

/**
 * An `sms:` address for a number written for people, with `body` filled in. `?&body=` is read by
 * both Android (RFC 5724's `?body=`) and iOS (which once wanted `&body=`).
 */
export function smsHref(written: string, body: string): string {
  return `sms:${dialled(written)}?&body=${encodeURIComponent(body)}`;
}

/** Reads `input` as a phone number; see the module comment for what is accepted. */
export function parsePhoneNumber(input: string): PhoneNumberResult {
  const text = cleaned(input);
  if (!text) return { valid: false, problem: 'empty' };
  const compact = text.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact) || !bracketsBalanced(text)) return { valid: false, problem: 'characters' };

  const international = compact.startsWith('+') || compact.startsWith('00');
  if (!international) {
    return compact.startsWith('0') ? ukNumber(compact.slice(1)) : { valid: false, problem: 'format' };
  }
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.slice(2);
  if (digits.startsWith('44')) {
    // "+44 (0)20 …" and the common slip "+44 07700 …" both carry the UK's trunk 0: drop it.
    const significant = digits.slice(2);
    return ukNumber(significant.startsWith('0') ? significant.slice(1) : significant);
  }
  if (/^[1-9]\d{7,14}$/.test(digits)) return { valid: true, e164: `+${digits}`, kind: 'international' };
  return { valid: false, problem: 'format' };
}
