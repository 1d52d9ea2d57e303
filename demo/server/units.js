// @ts-check
/**
 * The units a force has, from UNITS_FILE: JSON (`[{ "code": "HB", "name": "Hackney Safer
 * Neighbourhoods B", "borough": "Hackney" }]`) or CSV with the header `code,name,borough`.
 * The officer page offers the list, links are signed only for a listed unit, and the results
 * group units by borough.
 */
import { readFileSync } from 'node:fs';
import { reason } from './request-log.js';
import { parseCsv } from './csv.js';

/** @typedef {{ code: string, name: string, borough: string }} Unit */

/**
 * @param {string} text
 * @param {string} name the file's name, for messages
 * @returns {Unit[]}
 */
export function parseUnits(text, name = 'UNITS_FILE') {
  text = text.replace(/^\uFEFF/, '');
  /** @type {unknown[]} */
  let entries;
  if (/^\s*[[{]/.test(text)) {
    const parsed = JSON.parse(text);
    entries = Array.isArray(parsed) ? parsed : parsed?.units;
    if (!Array.isArray(entries)) throw new Error(`${name}: expected a list of { code, name, borough }`);
  } else {
    const [header, ...rows] = parseCsv(text);
    const cols = (header ?? []).map((h) => h.trim().toLowerCase());
    const at = (/** @type {string} */ c) => cols.indexOf(c);
    if (at('code') < 0 || at('name') < 0 || at('borough') < 0) throw new Error(`${name}: the CSV header must be code,name,borough`);
    entries = rows.map((r) => ({ code: r[at('code')], name: r[at('name')], borough: r[at('borough')] }));
  }
  /** @type {Map<string, Unit>} */
  const seen = new Map();
  entries.forEach((e, i) => {
    const u = /** @type {any} */ (e);
    const unit = { code: String(u?.code ?? '').trim(), name: String(u?.name ?? '').trim(), borough: String(u?.borough ?? '').trim() };
    if (!unit.code || !unit.name || !unit.borough) throw new Error(`${name}: entry ${i + 1} needs a code, a name and a borough`);
    // eslint-disable-next-line no-control-regex
    if (unit.code.length > 64 || /[\u0000-\u001f\u007f]/.test(unit.code))
      throw new Error(`${name}: code "${unit.code}" is too long or has control characters`);
    if (seen.has(unit.code)) throw new Error(`${name}: the code "${unit.code}" is listed twice`);
    seen.set(unit.code, unit);
  });
  return [...seen.values()].sort((a, b) => a.borough.localeCompare(b.borough) || a.name.localeCompare(b.name));
}

/**
 * @param {string | undefined} path
 * @returns {Unit[]}
 */
export function loadUnits(path) {
  if (!path) return [];
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`UNITS_FILE: cannot read ${path}: ${reason(err)}`, { cause: err });
  }
  return parseUnits(text, `UNITS_FILE ${path}`);
}
