// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, contactRequest, BEARER } from '../testing.js';
import { csvCell, csvRow, looksLikeFormula } from '../csv.js';
import { maskContacts } from '../mask.js';

/**
 * A small RFC 4180 parser, to read the export back.
 * @param {string} text
 * @returns {string[][]}
 */
function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
      continue;
    }
    assert.ok(ch !== '\r' && ch !== '\n', `bare line break outside quotes at ${i}`);
    cell += ch;
    i++;
  }
  assert.equal(cell, '', 'file ends with CRLF');
  return rows;
}

/** Every start of a cell that a spreadsheet could read as a formula (issue 14's list and more). */
const FORMULA_VECTORS = [
  '=HYPERLINK("https://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '\u00a0=1+1',
  '\u3000=1+1',
  '\ufeff=1+1',
  '\u200b=1+1',
  '\uff1d1+1',
  '\uff0b1+1',
  '\uff0d1+1',
  '\uff201+1',
  ';=1+1',
  '|calc',
  ' \u00a0\u200b+1',
  '\n=1+1',
  '\u2212 1',
];

/** @param {Response} res */
async function csvOf(res) {
  assert.equal(res.status, 200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for spreadsheets');
  return parseCsv(new TextDecoder().decode(bytes.slice(3)));
}

test('GET /api/export.csv for a reviewer: ratings only, RFC 4180, every formula start neutralised, contacts masked', async (t) => {
  const app = await start({ minGroupSize: 1 });
  t.after(() => app.stop());

  /** @type {string[]} */
  const ids = [];
  for (const comment of FORMULA_VECTORS) {
    const p = app.signed({ comment, context: { officer: '=cmd|"/c calc"!A1', unit: 'HV', src: 'qr' } });
    ids.push(p.id);
    assert.equal((await app.post(p)).status, 201);
  }
  const plain = rating({
    comment: 'Kind, "patient"\nand quick. مشکریہ Call me on 07700 900123 or jo@example.com',
    locale: 'ur',
    context: { ref: 'AB/1', src: 'qr' },
  });
  assert.equal((await app.post(plain)).status, 201);
  const contact = contactRequest();
  assert.equal((await app.post(contact)).status, 201);

  const reviewer = await app.signIn('reviewer');
  const res = await fetch(`${app.base}/api/export.csv`, { headers: reviewer.headers });
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="victim-feedback-ratings-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const rows = await csvOf(res);
  const text = rows.flat().join('\n');
  assert.ok(!text.includes(contact.id), 'contact requests are not exported');
  assert.ok(!text.includes('+447700900123'));
  assert.ok(!text.includes('AB/1'), 'the reference is not exported');

  assert.deepEqual(rows[0], [
    'id',
    'received_week',
    'language',
    'channel',
    'rating',
    'max',
    'verified',
    'borough',
    'unit',
    'officer',
    'comment',
  ]);
  assert.equal(rows.length, 1 + FORMULA_VECTORS.length + 1);
  for (const [i, comment] of FORMULA_VECTORS.entries()) {
    const row = rows.find((r) => r[0] === ids[i]);
    assert.ok(row);
    assert.equal(row[10], `'${comment}`, `comment ${JSON.stringify(comment)} starts with an apostrophe`);
    assert.equal(row[9], `'=cmd|"/c calc"!A1`);
    assert.deepEqual(row.slice(3, 7), ['qr', '4', '5', 'yes']);
  }
  // No cell of the file could be read as a formula.
  for (const row of rows) for (const cell of row) assert.ok(!looksLikeFormula(cell), JSON.stringify(cell));
  const last = /** @type {string[]} */ (rows.find((r) => r[0] === plain.id));
  assert.deepEqual(last.slice(2, 10), ['ur', 'qr', '4', '5', 'no', '', '', '']);
  assert.equal(last[10], 'Kind, "patient"\nand quick. مشکریہ Call me on [phone number removed] or [email address removed]');
});

test('export for an analyst or a token: no comments; small groups and unverified ratings not attributed', async (t) => {
  const app = await start({
    minGroupSize: 3,
    units: [
      { code: 'HV', name: 'Hackney Victim Care', borough: 'Hackney' },
      { code: 'CID', name: 'CID', borough: 'Islington' },
    ],
  });
  t.after(() => app.stop());
  for (let i = 0; i < 3; i++) assert.equal((await app.post(app.signed({ context: { officer: '1111', unit: 'HV' } }))).status, 201);
  assert.equal((await app.post(app.signed({ context: { officer: '2222', unit: 'HV' } }))).status, 201);
  assert.equal((await app.post(app.signed({ context: { officer: '3333', unit: 'CID' } }))).status, 201);
  // Claims to be officer 1111 but has no signature.
  assert.equal((await app.post(rating({ context: { officer: '1111', unit: 'HV' } }))).status, 201);

  const analyst = await app.signIn('analyst');
  for (const headers of [analyst.headers, BEARER]) {
    const rows = await csvOf(await fetch(`${app.base}/api/export.csv`, { headers }));
    assert.deepEqual(rows[0], ['id', 'received_week', 'language', 'channel', 'rating', 'max', 'verified', 'borough', 'unit', 'officer']);
    assert.ok(!rows.flat().includes('The officer listened.'), 'no comments without the reviewer role');
    const attributed = rows
      .slice(1)
      .map((r) => r.slice(6, 10).join('|'))
      .sort();
    assert.deepEqual(attributed, [
      'no|||', // unverified: never attributed
      'yes|Hackney|HV|', // officer 2222 has 1 rating: not named
      'yes|Hackney|HV|1111',
      'yes|Hackney|HV|1111',
      'yes|Hackney|HV|1111',
      'yes|||', // CID and Islington have 1 rating each
    ]);
  }
});

test('csv cells: quoting and neutralising', () => {
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(5), '5');
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('line\r\nbreak'), '"line\r\nbreak"');
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('=1,2'), `"'=1,2"`);
  assert.equal(csvCell('\r=1'), `"'\r=1"`);
  assert.equal(csvCell('a=1'), 'a=1', 'only the start matters');
  assert.equal(csvCell(' plain'), ' plain', 'a leading space alone is kept as it is');
  assert.equal(csvCell('\tplain'), "'\tplain", 'a leading tab is neutralised whatever follows');
  for (const v of FORMULA_VECTORS) assert.ok(csvCell(v).replace(/^"/, '').startsWith("'"), JSON.stringify(v));
  assert.equal(csvRow(['a', null, 3]), 'a,,3\r\n');
});

test('masking: phone numbers and email addresses as people write them', () => {
  for (const [text, masked] of [
    ['ring 07700 900123 please', 'ring [phone number removed] please'],
    ['+44 (0)20 7946 0958', '[phone number removed]'],
    ['0044-20-7946-0958', '[phone number removed]'],
    ['jo.bloggs+x@example.co.uk', '[email address removed]'],
    ['jo (at) example (dot) com', '[email address removed]'],
    ['٠٧٧٠٠٩٠٠١٢٣', '[phone number removed]'],
    ['rated 5 out of 5 on 12/3', 'rated 5 out of 5 on 12/3'],
  ])
    assert.equal(maskContacts(text), masked, text);
});
