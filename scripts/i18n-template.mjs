// @ts-check
// npm run i18n:template <lng> [--out=dir]
//   Writes a template for a new language: <dir>/<lng>.csv (a spreadsheet: key, English, an empty
//   column for the language, notes) and <dir>/<lng>.json (i18next JSON with every value empty, for
//   a translation platform). Plural keys are those the language needs (Intl.PluralRules).
// npm run i18n:template -- --from=<dir>/<lng>.csv [--out=dir]
//   Turns a filled-in spreadsheet back into <dir>/<lng>.json, ready for `npm run i18n:check`.
// The default dir is translations/ (not part of the build; copy the finished file to src/locales).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PLURAL, flatten, placeholders, pluralCategories, sameByNature } from './i18n/locale-check.mjs';
import { parseCsv } from '../demo/server/csv.js';

const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = option('out') ?? 'translations';
const from = option('from');
const english = JSON.parse(readFileSync('src/locales/en.json', 'utf8'));

/**
 * Rows of the template: every key the language needs, with its English and a note for translators.
 * @param {string} lng
 */
export function templateRows(lng) {
  const categories = pluralCategories(lng);
  if (!categories) throw new Error(`"${lng}" is not a BCP 47 language tag (ro, pa, zh-Hans, pt-BR…)`);
  /** @type {{ key: string, english: string, note: string }[]} */
  const rows = [];
  const seen = new Set();
  for (const [key, value] of Object.entries(flatten(english))) {
    if (key.startsWith('_meta.') || typeof value !== 'string') continue;
    const base = key.replace(PLURAL, '');
    if (PLURAL.test(key)) {
      if (seen.has(base)) continue;
      seen.add(base);
      for (const category of categories) {
        const source = String(flatten(english)[`${base}_${category}`] ?? flatten(english)[`${base}_other`]);
        rows.push({
          key: `${base}_${category}`,
          english: source,
          note: `Plural form "${category}" (${examples(lng, category)}).${notes(source)}`,
        });
      }
      continue;
    }
    const note = sameByNature(value) ? 'Numbers or a phone number: usually the same in every language.' : notes(value).trim();
    rows.push({ key, english: value, note });
  }
  return rows;
}

/** @param {string} text */
function notes(text) {
  const names = [...placeholders(text)];
  return names.length ? ` Keep ${names.map((n) => `{{${n}}}`).join(' ')} as it is.` : '';
}

/**
 * Numbers that take a plural category in `lng`, for the note: "one: 1, 21, 31".
 * @param {string} lng
 * @param {string} category
 */
function examples(lng, category) {
  const rules = new Intl.PluralRules(lng);
  const found = [];
  for (let n = 0; n <= 200 && found.length < 4; n++) if (rules.select(n) === category) found.push(n);
  return found.length ? `for ${found.join(', ')}…` : 'for fractions';
}

const csvCell = (/** @type {string} */ value) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * @typedef {{ [key: string]: string | Tree }} Tree
 */

/**
 * `{ 'a.b': 'x' }` → `{ a: { b: 'x' } }`.
 * @param {[string, string][]} entries
 */
function unflatten(entries) {
  /** @type {Tree} */
  const result = {};
  for (const [key, value] of entries) {
    const path = key.split('.');
    let node = result;
    for (const part of path.slice(0, -1)) node = /** @type {Tree} */ (node[part] ??= {});
    node[/** @type {string} */ (path.at(-1))] = value;
  }
  return result;
}

/** @param {string} lng */
function ownName(lng) {
  try {
    const name = new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? '';
    return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
  } catch {
    return '';
  }
}

/** @param {string} lng */
function meta(lng) {
  return { name: ownName(lng), status: 'draft', reviewedBy: null, note: 'Draft. Needs review by a native speaker before going live.' };
}

mkdirSync(out, { recursive: true });
if (from) {
  const [header, ...rows] = parseCsv(readFileSync(from, 'utf8').replace(/^\uFEFF/, ''));
  const lng = header[2] || basename(from).replace(/\.csv$/i, '');
  const entries = rows
    .filter(([key, , target]) => key && target?.trim())
    .map(([key, , target]) => /** @type {[string, string]} */ ([key, target]));
  const file = join(out, `${lng}.json`);
  writeFileSync(file, `${JSON.stringify({ _meta: meta(lng), ...unflatten(entries) }, null, 2)}\n`);
  console.log(`Wrote ${file}: ${entries.length} of ${rows.length} strings. Next: npm run i18n:check ${file}`);
} else {
  const lng = args.find((a) => !a.startsWith('--'));
  if (!lng) {
    console.error('Usage: npm run i18n:template <language tag>   e.g. npm run i18n:template ro');
    process.exit(2);
  }
  const rows = templateRows(lng);
  const csv = [['key', 'en', lng, 'note'], ...rows.map((r) => [r.key, r.english, '', r.note])]
    .map((r) => r.map(csvCell).join(','))
    .join('\r\n');
  // A byte-order mark so that Excel opens the file as UTF-8.
  writeFileSync(join(out, `${lng}.csv`), `\uFEFF${csv}\r\n`);
  writeFileSync(join(out, `${lng}.json`), `${JSON.stringify({ _meta: meta(lng), ...unflatten(rows.map((r) => [r.key, ''])) }, null, 2)}\n`);
  console.log(`Wrote ${join(out, `${lng}.csv`)} and ${join(out, `${lng}.json`)}: ${rows.length} strings to translate.`);
}
