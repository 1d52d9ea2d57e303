import { parseEmailAddress } from '../../core/contact/email-address.js';
import { dialString } from '../../core/contact/phone-number.js';
import { webAddress } from '../../core/contact/web-address.js';

/** What scanning a value opens, and the link offered beside the code. */
export type QrTarget =
  | { kind: 'web'; href: string; host: string; address: string }
  | { kind: 'call' | 'sms'; href: string; number: string; address: string }
  | { kind: 'email'; href: string; address: string }
  | { kind: 'text' };

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads `value` as an address. Only http(s), `tel:`, `sms:` and `mailto:` become links; anything
 * else (`javascript:`, `data:`, `file:`, a relative path, plain words) is text, never a link.
 */
export function qrTarget(value: string): QrTarget {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { kind: 'text' };
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:': {
      if (!webAddress(value, { relative: false })) return { kind: 'text' };
      // The host as the person typed it: an internationalised domain stays readable, not punycode.
      const typed = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(value)?.[1];
      return { kind: 'web', href: url.href, host: typed ?? url.hostname, address: value };
    }
    case 'tel:':
    case 'sms:': {
      const number = decoded(url.pathname).trim();
      if (!dialString(number)) return { kind: 'text' };
      return { kind: url.protocol === 'tel:' ? 'call' : 'sms', href: url.href, number, address: number };
    }
    case 'mailto:': {
      const address = decoded(url.pathname).trim();
      if (!parseEmailAddress(address).valid) return { kind: 'text' };
      return { kind: 'email', href: url.href, address };
    }
    default:
      return { kind: 'text' };
  }
}
