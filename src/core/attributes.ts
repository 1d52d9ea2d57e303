import { warnOnce } from './warn.js';

/**
 * Reads an integer attribute within [min, max]. Anything else warns once and gives `fallback`,
 * so a typo in a CMS never breaks the page.
 */
export function integerInRange(tag: string, attribute: string, raw: unknown, min: number, max: number, fallback: number): number {
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  warnOnce(`<${tag}> ${attribute}="${String(raw)}" must be a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/** Reads one of `allowed`; anything else warns once and gives `fallback`. */
export function oneOf<T extends string>(tag: string, attribute: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  if (allowed.includes(raw as T)) return raw as T;
  warnOnce(`<${tag}> ${attribute}="${String(raw)}" must be one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}
