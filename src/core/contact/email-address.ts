/**
 * A pragmatic check of an email address a person typed: enough to catch the slips people make
 * (a comma for a dot, a missing `@` or domain, a space), never a full RFC 5322 parser, which
 * would accept addresses no mail provider hands out and refuse nothing more that matters.
 * Whether the address exists is only known by sending to it.
 */

/** The longest address SMTP can carry (RFC 5321 path limit, less the angle brackets). */
export const EMAIL_ADDRESS_MAX = 254;

/** Why an address was refused. */
export type EmailAddressProblem = 'empty' | 'too-long' | 'format';

export type EmailAddressResult = { valid: true; address: string } | { valid: false; problem: EmailAddressProblem };

// Characters that are legal in quoted or bracketed forms only, and in practice mean a typing slip.
const NOT_IN_ADDRESS = /[\s,;:<>()[\]\\"]/u;

/** Checks `input` (trimmed): one `@`, something before it, a domain with a dot, no spaces, at most 254 characters. */
export function parseEmailAddress(input: string): EmailAddressResult {
  const address = input.trim();
  if (!address) return { valid: false, problem: 'empty' };
  if (address.length > EMAIL_ADDRESS_MAX) return { valid: false, problem: 'too-long' };
  const parts = address.split('@');
  if (parts.length !== 2 || NOT_IN_ADDRESS.test(address)) return { valid: false, problem: 'format' };
  const [local, domain] = parts as [string, string];
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1]!;
  const localOk = local.length >= 1 && local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..');
  const domainOk =
    labels.length >= 2 &&
    labels.every((label) => label.length >= 1 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-')) &&
    topLevel.length >= 2 &&
    /\D/.test(topLevel); // A top-level domain is never one character, nor all digits.
  return localOk && domainOk ? { valid: true, address } : { valid: false, problem: 'format' };
}
