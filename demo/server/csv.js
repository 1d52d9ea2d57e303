// @ts-check
/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled)
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
