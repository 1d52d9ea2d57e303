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

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * `value` as a number in `lang`, with Latin digits: 1,250 in English, 1٬250 in Arabic.
 *
 * English whole numbers, what most pages render first, are written without Intl: the page's first
 * `Intl.NumberFormat` costs Chromium about 15 ms (it starts ICU's number formatting), which was the
 * largest single cost of `<rating-scale endpoint>`'s first render. The text is the same as Intl's
 * (intl-locale.test.ts checks it).
 */
export function formatNumber(value: number, lang: string): string {
  if (lang === 'en' && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return value < 0 ? `-${digits}` : digits;
  }
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang));
    numberFormats.set(lang, format);
  }
  return format.format(value);
}
