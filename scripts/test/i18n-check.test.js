// @ts-check
// The translators' checker on files with the faults translators make: a copy of English with a
// few strings translated, keys English does not have, the wrong plural categories, placeholders
// renamed, markup. It also runs as `npm run i18n:check`, on a path and on a URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { checkLocale, duplicateKeys, languageOf, sameByNature } from '../i18n/locale-check.mjs';

const run = promisify(execFile);
const read = (/** @type {string} */ path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const en = read('../../src/locales/en.json');
const fixture = (/** @type {string} */ name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/**
 * Runs the command line; resolves with its exit code and output, whatever the code.
 * @param {string[]} args
 */
async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/i18n-check.mjs', ...args], {
      cwd: new URL('../..', import.meta.url).pathname,
    });
    return { code: 0, out: stdout + stderr };
  } catch (failure) {
    // execFile's error when the command exits with a code other than 0: its code and output.
    const error = /** @type {{ code: number, stdout: string, stderr: string }} */ (failure);
    return { code: error.code, out: error.stdout + error.stderr };
  }
}

test('a copy of English with ten strings translated is reported string by string', () => {
  const { errors, counts } = checkLocale('ro', read('./fixtures/ro-ten-strings.json'), en);
  assert.equal(counts.translated >= 10, true);
  assert.ok(counts.english > 150, `${counts.english} strings in English`);
  assert.ok(errors.includes('rating.commentLabel is still in English: "How could we improve this service? (optional)"'));
  assert.ok(errors.some((e) => e.startsWith('hours.weekdays.0 is still in English')));
  // Romanian needs _few: the English file has only _one and _other.
  assert.ok(
    errors.some((e) => e === 'common.charactersRemaining: plural categories missing: _few (ro needs _one _few _other)'),
    errors.join('\n'),
  );
  // Numbers, phone numbers, placeholders only and names are the same in every language.
  assert.ok(
    !errors.some((e) => /rating\.point|services\.items\.\w+\.phone|common\.victimSupport|meta\.version|meta\.sources/.test(e)),
    errors.join('\n'),
  );
  assert.ok(!errors.some((e) => e.startsWith('rating.question') || e.startsWith('rating.labels.3')));
});

test('untranslated, extra and wrong-plural keys, renamed placeholders and markup', () => {
  const { errors, counts } = checkLocale('ro', read('./fixtures/ro-faults.json'), en);
  const has = (/** @type {string} */ text) => assert.ok(errors.includes(text), `expected "${text}" in:\n${errors.join('\n')}`);
  has('common.emergency is still in English: "If you are in danger now, call 999."');
  has('common.emergencyNow is not a key in en.json (a typo, or a key English no longer has)');
  has('common.charactersRemaining: plural categories missing: _few (ro needs _one _few _other)');
  has('common.charactersTooMany: plural categories ro does not have: _many (ro needs _one _few _other)');
  has('rating.supportCall uses {{numar}}, which English does not (English has {{number}})');
  has('rating.supportCall leaves out {{number}}');
  has('rating.send contains an HTML tag; every string is shown as plain text');
  has('rating.thanksHeading contains Markdown bold; every string is shown as plain text');
  has('rating.commentLabel is missing (English: "How could we improve this service? (optional)")');
  assert.equal(counts.extra, 1);
  assert.equal(counts.plurals, 2);
  assert.ok(!errors.some((e) => e.startsWith('common.victimSupport')), 'a name may stay as it is');
  assert.ok(!errors.some((e) => e.startsWith('rating.point')), 'a string of placeholders only is the same everywhere');
});

test('plural categories come from the language: Chinese has only _other, Welsh six', () => {
  const zh = {
    _meta: { name: '中文', status: 'draft' },
    common: { charactersRemaining_one: '还可以输入 {{n}} 个字符', charactersRemaining_other: '还可以输入 {{n}} 个字符' },
  };
  const zhErrors = checkLocale('zh-Hans', zh, en).errors;
  assert.ok(
    zhErrors.includes('common.charactersRemaining: plural categories zh-Hans does not have: _one (zh-Hans needs _other)'),
    zhErrors.join('\n'),
  );
  const cyErrors = checkLocale(
    'cy',
    {
      _meta: { name: 'Cymraeg', status: 'draft' },
      common: { charactersRemaining_one: 'Mae gennych {{n}} nod ar ôl', charactersRemaining_other: 'Mae gennych {{n}} nod ar ôl' },
    },
    en,
  ).errors;
  assert.ok(
    cyErrors.includes(
      'common.charactersRemaining: plural categories missing: _zero, _two, _few, _many (cy needs _zero _one _two _few _many _other)',
    ),
    cyErrors.join('\n'),
  );
});

test('a status other than draft or reviewed, and a tag Intl does not know, are errors', () => {
  assert.ok(
    checkLocale('ro', { _meta: { status: 'done' } }, en).errors[0].startsWith('_meta.status must be one of source, draft, reviewed'),
  );
  assert.ok(checkLocale('ro', { _meta: { status: 'source' } }, en).errors[0].startsWith('_meta.status "source" is for English only'));
  assert.ok(checkLocale('not a tag', { _meta: { status: 'draft' } }, en).errors.some((e) => e.includes('is not a language tag')));
});

test('what is the same in every language, and where a language comes from', () => {
  assert.deepEqual(
    ['999', '08 08 16 89 111', '{{value}}', '{{days}}: {{times}}', '2026-11-29', ['https://www.gov.uk/victims-code']].map(sameByNature),
    Array(6).fill(true),
  );
  assert.deepEqual(['Closed', 'Or call {{address}}', '24 hours'].map(sameByNature), [false, false, false]);
  assert.equal(languageOf('https://example.org/locales/zh-Hans.json?v=2', {}), 'zh-Hans');
  assert.equal(languageOf('translations/romanian.json', { _meta: { lang: 'ro' } }), 'ro');
  assert.equal(languageOf('x.json', {}, 'pa'), 'pa');
});

test('npm run i18n:check: every file in src/locales passes', async () => {
  const { code, out } = await cli('--quiet');
  assert.equal(code, 0, out);
  assert.match(out, /^en\s+source\s+\d+\/\d+ \(100%\)/m);
  assert.match(out, /i18n check: ok/);
});

test('npm run i18n:check <path>: lists untranslated keys and missing plural categories by name, exits 1', async () => {
  const { code, out } = await cli(fixture('ro-ten-strings.json'), '--lang=ro');
  assert.equal(code, 1);
  assert.match(out, /error: rating\.commentHint is still in English/);
  assert.match(out, /error: common\.charactersTooMany: plural categories missing: _few/);
  assert.match(out, /^ro\s+draft\s+\d+\/\d+ \(\d+%\)/m);
});

test('npm run i18n:check <url>: checks a file a host serves for configure({ localesUrl })', async (t) => {
  const body = readFileSync(fixture('ro-faults.json'));
  const server = createServer((req, res) => {
    if (req.url === '/locales/ro.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => server.close());
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const { code, out } = await cli(`http://127.0.0.1:${port}/locales/ro.json`);
  assert.equal(code, 1);
  assert.match(out, /error: common\.emergencyNow is not a key in en\.json/);
  assert.match(out, /error: common\.charactersRemaining: plural categories missing: _few/);
  const missing = await cli(`http://127.0.0.1:${port}/locales/xx.json`);
  assert.equal(missing.code, 1);
  assert.match(missing.out, /cannot read it: .*404/);
});

test('npm run i18n:template: a spreadsheet with every key, and back to a locale file', async (t) => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/i18n-template-`);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const root = new URL('../..', import.meta.url).pathname;
  await run(process.execPath, ['scripts/i18n-template.mjs', 'ro', `--out=${dir}`], { cwd: root });
  const csv = readFileSync(`${dir}/ro.csv`, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'key,en,ro,note');
  assert.ok(lines.includes('rating.send,Send feedback,,'), 'English beside an empty target');
  // Romanian's own plural categories, each with English as the source.
  assert.ok(lines.some((l) => l.startsWith('common.charactersRemaining_few,You have {{n}} characters remaining,,')));
  const empty = JSON.parse(readFileSync(`${dir}/ro.json`, 'utf8'));
  assert.equal(empty.rating.send, '');
  assert.equal(empty._meta.status, 'draft');
  assert.equal(empty._meta.name, 'Română');

  const filled = csv.replace('rating.send,Send feedback,,', 'rating.send,Send feedback,"Trimiteți feedbackul, vă rog",');
  writeFileSync(`${dir}/ro-filled.csv`, filled);
  await run(process.execPath, ['scripts/i18n-template.mjs', `--from=${dir}/ro-filled.csv`, `--out=${dir}`], { cwd: root });
  const back = JSON.parse(readFileSync(`${dir}/ro.json`, 'utf8'));
  assert.equal(back.rating.send, 'Trimiteți feedbackul, vă rog');
  const { errors } = checkLocale('ro', back, en);
  assert.ok(!errors.some((e) => e.startsWith('rating.send ')), errors.filter((e) => e.startsWith('rating.send')).join('\n'));
  assert.ok(errors.includes('rating.sending is missing (English: "Sending your feedback…")'));
});

test('right to left: numbers and addresses written into a string must be isolated', () => {
  const ar = {
    _meta: { name: 'العربية', status: 'draft' },
    channel: { errors: { emailFormat: 'أدخل عنوانًا مثل name@example.com', smsFormat: 'مثل \u206607700 900 982\u2069' } },
  };
  const { errors } = checkLocale('ar', ar, en);
  assert.ok(
    errors.some((e) => e.startsWith('channel.errors.emailFormat: put "name@example.com" between U+2066 and U+2069')),
    errors.join('\n'),
  );
  assert.ok(!errors.some((e) => e.startsWith('channel.errors.smsFormat: put')));
  const names = { _meta: { name: 'اردو', status: 'draft' }, common: { victimSupport: 'متاثرین کی مدد (Victim Support)' } };
  assert.ok(
    checkLocale('ur', names, en).errors.some((e) => e.startsWith('common.victimSupport: put "(Victim Support)" between U+2066 and U+2069')),
  );
  names.common.victimSupport = 'متاثرین کی مدد (\u2066Victim Support\u2069)';
  assert.ok(!checkLocale('ur', names, en).errors.some((e) => e.includes('U+2066')));
  // Left to right, the same text needs nothing.
  assert.ok(
    !checkLocale('pl', { _meta: { status: 'draft' }, channel: { errors: { emailFormat: 'np. name@example.com' } } }, en).errors.some((e) =>
      e.includes('U+2066'),
    ),
  );
});

test('npm run i18n:check -- --markdown: a table of languages, coverage and status', async () => {
  const { code, out } = await cli('--quiet', '--markdown');
  assert.equal(code, 0, out);
  assert.match(out, /^\| Language \| Name \| Status \| Translated \| Errors \| Warnings \| Chunk \(gzip\) \|$/m);
  assert.match(out, /^\| cy \| Cymraeg \| draft \| \d+\/\d+ \(100%\) \| 0 \| \d+ \| (\d+\.\d kB|not built|no chunk) \|$/m);
  assert.match(out, /^\| en \| English \| source \| .* \| in the bundle \|$/m);
});

test('a key written twice in one object is found (JSON.parse would keep the last without a word)', () => {
  const text = '{"common": {"a": "x", "b": ["1", {"c": 1, "c": 2}], "a": "y"}, "rating": {"a": "z"}, "common2": {"\\u0061": 1, "a": 2}}';
  assert.deepEqual(duplicateKeys(text).sort(), ['common.a', 'common.b.1.c', 'common2.a']);
  assert.deepEqual(duplicateKeys(readFileSync('src/locales/ar.json', 'utf8')), []);
});
