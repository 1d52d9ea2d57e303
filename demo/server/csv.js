// @ts-check
/**
 * CSV read and written (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled)
 * with spreadsheet formula injection neutralised: a text cell that a spreadsheet could read as a
 * formula gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text.
 *
 * "Could read as a formula": after any run of blanks, invisible and control characters (space,
 * tab, CR, LF, NBSP, U+3000 ideographic space, the byte order mark, zero-width spaces and joiners,
 * every other Unicode space or format character), the cell goes on with =, +, - or an at sign, their full-width
 * and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), the minus sign U+2212, `|` (DDE) or `;` (a `;=` start).
 * A cell that starts with tab or CR is neutralised whatever follows.
 */

const FORMULA_START = /^[\s\p{Z}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212|;]|^[\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * @param {string} s
 * @returns {boolean} true if a spreadsheet could take `s` for a formula
 */
export const looksLikeFormula = (s) => FORMULA_START.test(s);

/**
 * @param {string | number | null | undefined} value
 * @returns {string}
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = String(value);
  if (looksLikeFormula(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * @param {(string | number | null | undefined)[]} cells
 * @returns {string}
 */
export function csvRow(cells) {
  return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * Reads CSV as RFC 4180 writes it (quoted cells may hold commas, doubled quotes and line breaks;
 * CRLF, LF or CR line ends), for files people give the receiver and the scripts (UNITS_FILE, a
 * translator's spreadsheet). Rows whose cells are all blank are left out.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim()));
}
