/**
 * The one place the library chooses how Intl writes numbers, dates and times: every element and
 * core module formats through `intlLocale()` (and `formatNumber()`), never `new Intl.*(lang)`.
 *
 * - Digits: Latin (0-9) in every language, Arabic included (`-u-nu-latn`), the same digits as the
 *   phone numbers, reference numbers and web addresses printed beside them. Without this WebKit
 *   writes Arabic with Arabic-Indic digits (١٬٢٥٠, ٦:٠٠ م) and Chromium and Firefox with Latin
 *   ones. See docs/translating.md ("Numbers").
 * - English is written as in the UK (`en-GB`: 24-hour clock, Monday first): these are UK services.
 */
export function intlLocale(lang: string): string {
  const tag = lang === 'en' ? 'en-GB' : lang;
  try {
    return new Intl.Locale(tag, { numberingSystem: 'latn' }).toString();
  } catch {
    return 'en-GB-u-nu-latn';
  }
}

/** `value` as a number in `lang`, with Latin digits: 1,250 in English, 1٬250 in Arabic. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(value);
}
