// Checks every locale file against English: the same keys (a missing one falls back to English
// and is listed; an unknown one is an error, usually a typo), every plural form the language
// needs (Intl.PluralRules), the same {{placeholders}}, and a review status in _meta.
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'src/locales';
const statuses = ['source', 'draft', 'reviewed'];
const suffix = /_(zero|one|two|few|many|other)$/;
const flatten = (value, prefix = '', out = {}) => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
};
const placeholders = (text) => new Set([...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));

const read = (lng) => JSON.parse(readFileSync(`${dir}/${lng}.json`, 'utf8'));
const en = flatten(read('en'));
const base = (key) => key.replace(suffix, '');
const enBases = new Set(Object.keys(en).map(base));
const pluralBases = new Set(Object.keys(en).filter((k) => suffix.test(k)).map(base));
let errors = 0;
const error = (message) => {
  errors += 1;
  console.error(`  error: ${message}`);
};

console.log('locale  status    keys missing (English shown instead)');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const lng = file.replace(/\.json$/, '');
  const data = read(lng);
  const strings = flatten(data);
  const status = data._meta?.status;
  if (!statuses.includes(status)) error(`${lng}: _meta.status must be one of ${statuses.join(', ')}`);
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const missing = [];
  for (const key of Object.keys(en)) {
    if (key.startsWith('_meta.') || pluralBases.has(base(key))) continue;
    // Numbers and other text without a letter in it (phone numbers) are the same in every language.
    if (typeof en[key] === 'string' && !/\p{L}/u.test(en[key])) continue;
    if (!(key in strings)) missing.push(key);
  }
  for (const key of pluralBases) {
    if (key.startsWith('_meta.')) continue;
    const present = Object.keys(strings).some((k) => base(k) === key);
    if (!present) {
      missing.push(key);
      continue;
    }
    for (const category of categories) {
      if (!(`${key}_${category}` in strings)) error(`${lng}: ${key}_${category} is missing (${lng} needs ${categories.join(', ')})`);
    }
  }
  for (const [key, value] of Object.entries(strings)) {
    if (key.startsWith('_meta.')) continue;
    if (!enBases.has(base(key))) error(`${lng}: ${key} is not a key in en.json`);
    const english = en[key] ?? en[`${base(key)}_other`];
    if (typeof value === 'string' && english !== undefined) {
      const allowed = placeholders(english);
      for (const name of placeholders(value)) if (!allowed.has(name)) error(`${lng}: ${key} uses {{${name}}}, which English does not`);
    }
  }
  console.log(`${lng.padEnd(7)} ${String(status).padEnd(9)} ${missing.length}${missing.length ? `  (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})` : ''}`);
}
if (errors) {
  console.error(`i18n check: ${errors} error(s)`);
  process.exit(1);
}
console.log('i18n check: ok');
