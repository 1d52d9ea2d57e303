// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, rating, contactRequest } from '../testing.js';
import { csvCell, csvRow } from '../csv.js';

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
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      cell += ch; i++; continue;
    }
    if (ch === '"') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(cell); cell = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    assert.ok(ch !== '\r' && ch !== '\n', `bare line break outside quotes at ${i}`);
    cell += ch; i++;
  }
  assert.equal(cell, '', 'file ends with CRLF');
  return rows;
}

test('GET /api/export.csv: ratings only, RFC 4180, formula injection neutralised', async (t) => {
  const app = await start();
  t.after(() => app.stop());

  const evil = [
    '=HYPERLINK("https://evil.example","click")',
    '+1+2',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
  ];
  const ids = [];
  for (const [i, comment] of evil.entries()) {
    const p = rating({ comment, createdAt: `2025-01-0${i + 1}T10:00:00.000Z`, context: { officer: '=cmd|"/c calc"!A1', unit: 'HV' } });
    ids.push(p.id);
    assert.equal((await app.post(p)).status, 201);
  }
  const plain = rating({
    comment: 'Kind, "patient"\nand quick. مشکریہ',
    createdAt: '2025-01-09T10:00:00.000Z',
    locale: 'ur',
    context: { ref: 'AB/1', src: 'qr' },
  });
  assert.equal((await app.post(plain)).status, 201);
  const contact = contactRequest();
  assert.equal((await app.post(contact)).status, 201);

  const res = await fetch(`${app.base}/api/export.csv`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="victim-feedback-ratings-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark for spreadsheets');
  const text = new TextDecoder().decode(bytes.slice(3));
  assert.ok(!text.includes(contact.id), 'contact requests are not exported');
  assert.ok(!text.includes('+447700900123'));

  const rows = parseCsv(text);
  assert.deepEqual(rows[0], ['id', 'created_at', 'locale', 'rating', 'max', 'comment', 'officer', 'unit', 'ref', 'src']);
  assert.equal(rows.length, 1 + evil.length + 1);
  for (const [i, comment] of evil.entries()) {
    const row = rows[i + 1];
    assert.equal(row[0], ids[i]);
    assert.equal(row[5], `'${comment}`, `comment ${JSON.stringify(comment)} starts with an apostrophe`);
    assert.equal(row[6], `'=cmd|"/c calc"!A1`);
    assert.equal(row[3], '4');
    assert.equal(row[4], '5');
  }
  // No cell of the file begins with a formula character.
  for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  assert.deepEqual(rows.at(-1), [plain.id, '2025-01-09T10:00:00.000Z', 'ur', '4', '5', 'Kind, "patient"\nand quick. مشکریہ', '', '', 'AB/1', 'qr']);
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
  assert.equal(csvCell('a=1'), 'a=1', 'only the first character matters');
  assert.equal(csvRow(['a', null, 3]), 'a,,3\r\n');
});
