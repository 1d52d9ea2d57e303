// @ts-check
// npm run i18n:check [file-or-url…] [--lang=xx]
// Checks locale files against English (src/locales/en.json): missing keys, keys still in English,
// keys English does not have, the plural categories the language needs (Intl.PluralRules),
// {{placeholders}}, markup, and strings much longer than English. With no file or URL it checks
// every file in src/locales. Prints each finding, then a summary per language; exits 1 on errors.
// --quiet leaves out warnings; --markdown prints the summary as a Markdown table, with the gzip
// size of each language's chunk of the script-tag bundle when dist/ is built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { checkLocale, duplicateKeys, languageOf } from './i18n/locale-check.mjs';

const dir = 'src/locales';
const args = process.argv.slice(2);
const lang = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const quiet = args.includes('--quiet');
const markdown = args.includes('--markdown');
const sources = args.filter((a) => !a.startsWith('--'));
if (!sources.length)
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    sources.push(`${dir}/${file}`);

/**
 * The file's text, from a path or an http(s) address.
 * @param {string} source
 */
async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFileSync(source, 'utf8');
}

const english = JSON.parse(readFileSync(`${dir}/en.json`, 'utf8'));
/** @type {(ReturnType<typeof checkLocale> & { source: string, name: unknown })[]} */
const results = [];
let failed = 0;
for (const source of sources) {
  /** @type {import('./i18n/locale-check.mjs').LocaleData} */
  let data;
  let text;
  try {
    text = await read(source);
    data = JSON.parse(text);
  } catch (error) {
    failed += 1;
    console.error(`${source}\n  error: cannot read it: ${/** @type {Error} */ (error).message}`);
    continue;
  }
  const result = { ...checkLocale(languageOf(source, data, lang), data, english), source, name: data?._meta?.name };
  for (const key of duplicateKeys(text)) result.errors.push(`${key} is written twice; only the last one is used: keep one`);
  results.push(result);
  if (result.errors.length || (result.warnings.length && !quiet)) console.log(`${source} (${result.lng})`);
  for (const message of result.errors) console.log(`  error: ${message}`);
  if (!quiet) for (const message of result.warnings) console.log(`  warning: ${message}`);
}

const columns = [
  'language',
  'status',
  'translated',
  'missing',
  'in English',
  'extra',
  'plurals',
  'placeholders',
  'markup',
  'long',
  'errors',
  'warnings',
];
const rows = results.map(({ lng, status, counts, errors, warnings }) =>
  [
    lng,
    String(status ?? '?'),
    `${counts.translated}/${counts.keys} (${counts.keys ? Math.floor((100 * counts.translated) / counts.keys) : 0}%)`,
    counts.missing,
    counts.english,
    counts.extra,
    counts.plurals,
    counts.placeholders,
    counts.markup,
    counts.long,
    errors.length,
    warnings.length,
  ].map(String),
);
/**
 * gzip size of the script-tag bundle's chunk for `lng` (`dist/victim-care-elements.ro-<hash>.js`).
 * @param {string} lng
 */
function chunkSize(lng) {
  if (lng === 'en') return 'in the bundle';
  if (!existsSync('dist')) return 'not built';
  const file = readdirSync('dist').find((f) => f.startsWith(`victim-care-elements.${lng}-`) && f.endsWith('.js'));
  return file ? `${(gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1024).toFixed(1)} kB` : 'no chunk';
}
if (markdown) {
  console.log(
    '\n| Language | Name | Status | Translated | Errors | Warnings | Chunk (gzip) |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [i, r] of results.entries()) {
    console.log(
      `| ${r.lng} | ${r.name ?? ''} | ${rows[i][1]} | ${rows[i][2]} | ${r.errors.length} | ${r.warnings.length} | ${chunkSize(r.lng)} |`,
    );
  }
} else {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(columns)}`);
  for (const row of rows) console.log(line(row));
}

const errors = failed + results.reduce((n, r) => n + r.errors.length, 0);
if (errors) {
  console.error(`\ni18n check: ${errors} error(s) in ${failed + results.filter((r) => r.errors.length).length} file(s)`);
  process.exit(1);
}
console.log(`\ni18n check: ok (${results.length} file${results.length === 1 ? '' : 's'})`);
