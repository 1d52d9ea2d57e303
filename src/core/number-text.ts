/**
 * Whole numbers written for a language (`1,250` in English, `١٬٢٥٠` where a language's own digits
 * are used), one formatter per language.
 *
 * English, the language most pages render first, is written without Intl: the first
 * `Intl.NumberFormat` in a page costs Chromium about 15 ms (it starts ICU's number formatting),
 * which was the largest single cost in `<rating-scale endpoint>`'s first render. The result is the
 * same text Intl gives for `en` (checked by number-text.test.ts).
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatWholeNumber(value: number, lang: string): string {
  if (lang === 'en' && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return value < 0 ? `-${digits}` : digits;
  }
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang);
    formatters.set(lang, formatter);
  }
  return formatter.format(value);
}
