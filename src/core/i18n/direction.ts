/** Scripts written right to left, by language subtag (ISO 639). */
const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts that are right to left whatever the language (e.g. `pa-Arab`, `az-Arab`). */
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** `rtl` or `ltr` for a BCP 47 tag. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const parsed = new Intl.Locale(locale);
    if (parsed.script) return rtlScripts.has(parsed.script) ? 'rtl' : 'ltr';
    // Kurdish is Sorani (Arabic script) only as `ckb`; `ku` alone is mostly Kurmanji in Latin script.
    if (parsed.language === 'ku') return 'ltr';
    return rtlLanguages.has(parsed.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
