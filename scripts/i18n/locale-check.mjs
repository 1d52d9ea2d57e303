// @ts-check
// What `npm run i18n:check` knows about a locale file, as functions of plain data so that the
// node:test suite (scripts/test/i18n-check.test.js) can drive them with small fixtures.

/** i18next's plural suffixes, one per CLDR plural category. */
export const PLURAL = /_(zero|one|two|few|many|other)$/;
export const STATUSES = ['source', 'draft', 'reviewed'];

/**
 * Keys whose English is a proper name that a translation may keep as it is (organisations keep
 * their names in most languages). Anything else identical to English is reported.
 */
export const NAME_KEYS = [/^common\.victimSupport$/, /^pack-[\w-]+\.services\.items\.[\w-]+\.name$/];

/**
 * A locale file as JSON.parse gives it: namespaces of strings, and `_meta` about the file.
 * @typedef {{ _meta?: { status?: unknown, name?: unknown, lang?: unknown, sameAsEnglish?: unknown }, [namespace: string]: unknown }} LocaleData
 */

/**
 * `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; arrays stay values.
 * @param {unknown} value
 * @param {Record<string, unknown>} [out]
 * @returns {Record<string, unknown>}
 */
export function flatten(value, prefix = '', out = {}) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else out[prefix] = value;
  return out;
}

export const placeholders = (/** @type {unknown} */ text) =>
  new Set([...String(text).matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]));

/**
 * True for text that is the same in every language: numbers, phone numbers, dates, addresses, placeholders only.
 * @param {unknown} value
 * @returns {boolean}
 */
export function sameByNature(value) {
  if (Array.isArray(value)) return value.every(sameByNature);
  if (typeof value !== 'string') return true;
  const rest = value
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, '')
    .replace(/\S+@\S+\.\S+/g, '');
  return !/\p{L}/u.test(rest);
}

/** @type {[RegExp, string][]} */
const markup = [
  [/<\/?[a-z][\w-]*(\s[^>]*)?\/?>/i, 'an HTML tag'],
  [/&(?:[a-z]+|#\d+|#x[\da-f]+);/i, 'an HTML entity'],
  [/\*\*[^*]+\*\*|__[^_]+__/, 'Markdown bold'],
  [/\[[^\]]+\]\([^)]+\)/, 'a Markdown link'],
  [/^#{1,6}\s/m, 'a Markdown heading'],
  [/`[^`]+`/, 'Markdown code'],
];

/**
 * The markup `text` contains that `english` does not, as words ("an HTML tag"), or null.
 * @param {string} text
 */
export function markupIn(text, english = '') {
  for (const [pattern, name] of markup) if (pattern.test(text) && !pattern.test(english)) return name;
  return null;
}

/** Plural categories of `lng` (Intl.PluralRules), or null when the tag is not one Intl knows. */
const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
/**
 * @param {string} lng
 * @returns {string[] | null}
 */
export function pluralCategories(lng) {
  try {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    return [...categories].sort((a, b) => CLDR_ORDER.indexOf(a) - CLDR_ORDER.indexOf(b));
  } catch {
    return null;
  }
}

/**
 * Languages written right to left (as src/core/i18n/direction.ts, by language subtag or script).
 * @param {string} lng
 */
export function isRightToLeft(lng) {
  try {
    const { language, script } = new Intl.Locale(lng);
    if (script) return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(script);
    return ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'].includes(language);
  } catch {
    return false;
  }
}

/**
 * In right-to-left text, numbers in spaced groups, web and email addresses written into a string
 * reorder (`07700 900 982` shows as `982 900 07700`) unless they sit between the Unicode isolates
 * LRI (U+2066) and PDI (U+2069). Placeholders are isolated by the elements themselves.
 * @param {string} text
 */
export function unisolatedRuns(text) {
  const outside = text.replace(/\u2066[^\u2069]*\u2069/g, '').replace(/\{\{[^}]*\}\}/g, '');
  // Also Latin words in brackets, "(Victims' Information Service)": broken over two lines, the
  // brackets point the wrong way.
  return (
    outside.match(
      /\+?\d[\d ]* \d+|(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\([A-Za-z][^()\u0600-\u06FF]* [^()\u0600-\u06FF]*\)/g,
    ) ?? []
  );
}

const short = (/** @type {unknown} */ text) => {
  const s = String(text);
  return JSON.stringify(s.length > 48 ? `${s.slice(0, 45)}…` : s);
};

/**
 * Checks one locale's data against English. Returns the findings and counts; `errors` make
 * `npm run i18n:check` fail, `warnings` are for a person to look at.
 * @param {string} lng
 * @param {LocaleData | null | undefined} data
 * @param {LocaleData} english
 */
export function checkLocale(lng, data, english) {
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const warnings = [];
  const counts = { keys: 0, translated: 0, missing: 0, english: 0, extra: 0, plurals: 0, placeholders: 0, markup: 0, long: 0 };
  const en = flatten(english);
  const strings = flatten(data ?? {});
  const status = data?._meta?.status;
  const isSource = lng === 'en';
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push('the file is not a JSON object of namespaces');
    return { lng, status, errors, warnings, counts };
  }
  if (typeof status !== 'string' || !STATUSES.includes(status))
    errors.push(`_meta.status must be one of ${STATUSES.join(', ')} (it is ${short(status)})`);
  else if (!isSource && status === 'source') errors.push('_meta.status "source" is for English only: use "draft" or "reviewed"');
  if (!data._meta?.name) warnings.push("_meta.name is empty: give the language's own name (Română, اردو)");
  if (isSource) {
    counts.keys = Object.keys(en).filter((k) => !k.startsWith('_meta.')).length;
    counts.translated = counts.keys;
    return { lng, status, errors, warnings, counts };
  }
  const rtl = isRightToLeft(lng);
  const categories = pluralCategories(lng);
  if (!categories) errors.push(`"${lng}" is not a language tag Intl knows; name the file after a BCP 47 tag or pass --lang`);

  const base = (/** @type {string} */ key) => key.replace(PLURAL, '');
  const enBases = new Set(Object.keys(en).map(base));
  const pluralBases = new Set(
    Object.keys(en)
      .filter((k) => PLURAL.test(k))
      .map(base),
  );
  // Keys the translator has checked and which are, rightly, the same words as in English
  // (Spanish "Error:"): listed in the file's _meta.sameAsEnglish.
  const same = new Set(Array.isArray(data._meta?.sameAsEnglish) ? data._meta.sameAsEnglish : []);
  const isName = (/** @type {string} */ key) => same.has(key) || NAME_KEYS.some((pattern) => pattern.test(key));

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {unknown} englishValue
   */
  const compare = (key, value, englishValue, { plural = false } = {}) => {
    counts.keys += 1;
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (sameByNature(englishValue)) {
        counts.translated += 1; // English is shown, and is the same in every language.
        return;
      }
      counts.missing += 1;
      errors.push(`${key} is missing (English: ${short(englishValue)})`);
      return;
    }
    if (typeof englishValue === 'string' && typeof value !== 'string') {
      errors.push(`${key} must be text, as in English`);
      return;
    }
    if (Array.isArray(englishValue) && !Array.isArray(value)) {
      errors.push(`${key} must be a list, as in English`);
      return;
    }
    if (typeof value !== 'string') {
      counts.translated += 1;
      return;
    }
    if (value.trim() === String(englishValue).trim() && !sameByNature(value) && !isName(key)) {
      counts.english += 1;
      errors.push(`${key} is still in English: ${short(value)}`);
    } else counts.translated += 1;
    const wanted = placeholders(englishValue);
    const found = placeholders(value);
    for (const name of found) {
      if (!wanted.has(name)) {
        counts.placeholders += 1;
        errors.push(
          `${key} uses {{${name}}}, which English does not (English has ${[...wanted].map((n) => `{{${n}}}`).join(' ') || 'none'})`,
        );
      }
    }
    for (const name of wanted) {
      if (found.has(name)) continue;
      // A plural form other than _other may say the number in words ("un caractère").
      if (plural && !key.endsWith('_other')) warnings.push(`${key} does not use {{${name}}}`);
      else {
        counts.placeholders += 1;
        errors.push(`${key} leaves out {{${name}}}`);
      }
    }
    if (rtl) {
      for (const run of unisolatedRuns(value)) {
        errors.push(
          `${key}: put "${run}" between U+2066 and U+2069 (left-to-right isolate) so that it keeps its order in right-to-left text`,
        );
      }
    }
    const tag = markupIn(value, String(englishValue));
    if (tag) {
      counts.markup += 1;
      errors.push(`${key} contains ${tag}; every string is shown as plain text`);
    }
    // Placeholders become values of any length, so they are left out of the comparison.
    const bare = (/** @type {unknown} */ text) => String(text).replace(/\{\{[^}]*\}\}/g, '');
    const [from, to] = [bare(englishValue).length, bare(value).length];
    if (from >= 15 && to > from * 2 && to - from > 20) {
      counts.long += 1;
      warnings.push(`${key} is ${(to / from).toFixed(1)} times as long as English: check that it fits on a phone`);
    }
  };

  for (const key of Object.keys(en)) {
    if (key.startsWith('_meta.') || pluralBases.has(base(key))) continue;
    compare(key, strings[key], en[key]);
  }
  for (const key of pluralBases) {
    const englishOther = en[`${key}_other`];
    const present = Object.keys(strings).filter((k) => PLURAL.test(k) && base(k) === key);
    if (!categories) continue;
    const missing = categories.filter((c) => !present.includes(`${key}_${c}`));
    const category = (/** @type {string} */ k) => k.match(PLURAL)?.[1] ?? '';
    const superfluous = present.filter((k) => !categories.includes(category(k)));
    if (present.length && missing.length) {
      counts.plurals += 1;
      errors.push(
        `${key}: plural categories missing: ${missing.map((c) => `_${c}`).join(', ')} (${lng} needs ${categories.map((c) => `_${c}`).join(' ')})`,
      );
    }
    if (superfluous.length) {
      counts.plurals += 1;
      errors.push(
        `${key}: plural categories ${lng} does not have: ${superfluous.map((k) => `_${category(k)}`).join(', ')} (${lng} needs ${categories.map((c) => `_${c}`).join(' ')})`,
      );
    }
    for (const category of categories) {
      const full = `${key}_${category}`;
      const englishValue = en[full] ?? englishOther;
      if (!present.length) {
        compare(full, undefined, englishValue, { plural: true });
        continue;
      }
      if (!(full in strings)) continue; // Counted above, by name.
      const englishForms = Object.keys(en)
        .filter((k) => base(k) === key)
        .map((k) => en[k]);
      const value = strings[full];
      if (typeof value === 'string' && englishForms.includes(value) && !sameByNature(value)) {
        counts.keys += 1;
        counts.english += 1;
        errors.push(`${full} is still in English: ${short(value)}`);
      } else compare(full, value, englishValue, { plural: true });
    }
  }
  for (const key of Object.keys(strings)) {
    if (key.startsWith('_meta.')) continue;
    if (!enBases.has(base(key)) || (PLURAL.test(key) && !pluralBases.has(base(key)))) {
      counts.extra += 1;
      errors.push(`${key} is not a key in en.json (a typo, or a key English no longer has)`);
    }
  }
  return { lng, status, errors, warnings, counts };
}

/**
 * A locale file's language: `--lang`, else its `_meta.lang`, else its file name (`ro.json` → `ro`).
 * @param {string} source
 * @param {LocaleData | null | undefined} data
 * @param {string | undefined} [override]
 */
export function languageOf(source, data, override) {
  if (override) return override;
  if (typeof data?._meta?.lang === 'string') return data._meta.lang;
  const name = decodeURIComponent(source.split(/[?#]/)[0].split(/[\\/]/).pop() ?? '');
  return name.replace(/\.json$/i, '');
}

/**
 * Keys written twice in one object of a JSON text (`"a.b"` paths). JSON.parse keeps the last and
 * says nothing, so a merge or a copy-paste can leave a stale translation that silently wins.
 * @param {string} text
 */
export function duplicateKeys(text) {
  /** @type {string[]} */
  const found = [];
  /** @type {{ keys: Set<string> | null, path: string[], pendingKey?: string, expectKey?: boolean, index?: number }[]} */
  const stack = []; // one entry per open object or array: { keys: Set | null, path, pendingKey }
  let i = 0;
  const readString = () => {
    let out = '';
    for (i += 1; i < text.length && text[i] !== '"'; i += 1) {
      if (text[i] === '\\') {
        i += 1;
        out += text[i] === 'u' ? String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16)) : text[i];
        if (text[i] === 'u') i += 4;
      } else out += text[i];
    }
    i += 1;
    return out;
  };
  while (i < text.length) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      const path = top ? [...top.path, top.keys ? String(top.pendingKey) : String(top.index ?? 0)] : [];
      stack.push(c === '{' ? { keys: new Set(), path, expectKey: true } : { keys: null, path, index: 0 });
      i += 1;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i += 1;
    } else if (c === '"') {
      const value = readString();
      if (top?.keys && top.expectKey) {
        if (top.keys.has(value)) found.push([...top.path, value].join('.'));
        top.keys.add(value);
        top.pendingKey = value;
        top.expectKey = false;
      }
    } else if (c === ',') {
      if (top?.keys) top.expectKey = true;
      else if (top) top.index = (top.index ?? 0) + 1;
      i += 1;
    } else i += 1;
  }
  return found;
}
