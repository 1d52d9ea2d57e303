// @ts-check
/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled)
 * with spreadsheet formula injection neutralised: a text cell starting with = + - @ tab or CR
 * gets a leading apostrophe, so Excel, LibreOffice and Google Sheets show it as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * @param {string | number | null | undefined} value
 * @returns {string}
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * @param {(string | number | null | undefined)[]} cells
 * @returns {string}
 */
export function csvRow(cells) {
  return cells.map(csvCell).join(',') + '\r\n';
}
