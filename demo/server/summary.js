// @ts-check
/**
 * GET /api/summary: rating distribution and mean, overall and by ISO week of receipt (the
 * receiver's clock, never the browser's), borough, unit, officer, channel and language, and a
 * recognition list.
 *
 * Trust: only ratings from a signed officer link (`verified`) count toward an officer's, a unit's
 * or a borough's figures, or the recognition list; the others count in the overall figures, the
 * weeks, channels and languages, and are counted as unverified.
 *
 * Small groups are suppressed so that no victim or officer is singled out: a group with fewer than
 * `minGroupSize` ratings is left out, and so, if needed, are the next-smallest groups, until what
 * is left out adds up to none or to at least `minGroupSize` ratings. Otherwise a single hidden group
 * could be recovered by subtracting the groups shown from the total.
 */

/**
 * @typedef {{ key: string, count: number, mean: number, counts: Record<string, number> }} Group
 * @typedef {{ groups: Group[], suppressed: number }} Breakdown
 * @typedef {import('./db.js').RatingCell} RatingCell
 * @typedef {import('./units.js').Unit} Unit
 */

/** The channels the elements' links name (`src`); anything else is counted as `other`. */
export const CHANNELS = ['qr', 'sms', 'email', 'web'];

/** How many officers the recognition list names at most. */
export const RECOGNITION_SIZE = 10;

/**
 * @param {number} max
 * @returns {Record<string, number>}
 */
function emptyCounts(max) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (let v = 1; v <= max; v++) counts[v] = 0;
  return counts;
}

/** @param {number} x */
const round2 = (x) => Math.round(x * 100) / 100;

/**
 * The ISO 8601 week (e.g. 2025-W03) of a day (YYYY-MM-DD).
 * @param {string} day
 */
export function isoWeek(day) {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Folds cells into groups by a key.
 * @param {RatingCell[]} cells
 * @param {(c: RatingCell) => string | null} keyOf
 * @param {number} max
 * @returns {Map<string | null, Group>}
 */
function fold(cells, keyOf, max) {
  /** @type {Map<string | null, Group>} */
  const groups = new Map();
  for (const c of cells) {
    const key = keyOf(c);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key: /** @type {string} */ (key), count: 0, mean: 0, counts: emptyCounts(max) }));
    g.count += c.n;
    g.mean += c.value * c.n; // sum for now
    g.counts[c.value] = (g.counts[c.value] ?? 0) + c.n;
  }
  for (const g of groups.values()) g.mean = round2(g.mean / g.count);
  return groups;
}

/**
 * Applies primary and complementary suppression.
 * Rows with no key (no unit or officer in the context) are never shown as a group, and count as
 * left out for the complementary rule.
 * @param {Map<string | null, Group>} all
 * @param {number} total number of ratings the groups are part of
 * @param {number} min
 * @returns {Breakdown}
 */
export function suppress(all, total, min) {
  const keyed = [...all.values()].filter((g) => g.key !== null);
  let visible = keyed.filter((g) => g.count >= min);
  let suppressed = keyed.length - visible.length;
  const shown = () => visible.reduce((s, g) => s + g.count, 0);
  // Smallest first, so that as little as possible is hidden.
  visible.sort((a, b) => a.count - b.count || String(a.key).localeCompare(String(b.key)));
  while (visible.length > 0) {
    const hidden = total - shown();
    if (hidden === 0 || hidden >= min) break;
    visible = visible.slice(1);
    suppressed++;
  }
  visible.sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return { groups: visible, suppressed };
}

/**
 * The primary language subtag of a BCP 47 tag, lower case: en-GB and en count as one language.
 * @param {string} locale
 */
export const language = (locale) => locale.split('-')[0].toLowerCase();

/**
 * @param {string | null} src
 * @returns {string | null}
 */
export const channel = (src) => (src === null ? null : CHANNELS.includes(src) ? src : 'other');

/**
 * @param {{ cells: RatingCell[], scales: { max: number, n: number }[] }} data
 * @param {{
 *   max: number, minGroupSize: number, now: Date, units: Unit[],
 *   period?: { from?: string | null, to?: string | null }, borough?: string | null, unit?: string | null
 * }} options
 */
export function buildSummary({ cells: allCells, scales }, { max, minGroupSize, now, units, period = {}, borough = null, unit = null }) {
  const min = Math.max(1, minGroupSize);
  /** @type {Map<string, Unit>} */
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const boroughOf = (/** @type {string | null} */ code) => (code === null ? null : (unitByCode.get(code)?.borough ?? null));

  // A borough or unit filter can rely only on verified ratings: only those surely belong to it.
  let cells = allCells;
  if (unit) cells = cells.filter((c) => c.verified && c.unit === unit);
  else if (borough) cells = cells.filter((c) => c.verified && boroughOf(c.unit) === borough);
  const verified = cells.filter((c) => c.verified);

  const overallGroup = fold(cells, () => null, max).get(null);
  const total = overallGroup?.count ?? 0;
  const verifiedTotal = verified.reduce((s, c) => s + c.n, 0);
  const visibleOverall = total > 0 && total >= min && overallGroup;

  /**
   * @param {RatingCell[]} from
   * @param {number} of
   * @param {(c: RatingCell) => string | null} keyOf
   * @returns {Breakdown}
   */
  const breakdown = (from, of, keyOf) => {
    const groups = fold(from, keyOf, max);
    // Nothing is shown by group when the whole is too small to show.
    if (!visibleOverall || of < min) return { groups: [], suppressed: [...groups.keys()].filter((k) => k !== null).length };
    return suppress(groups, of, min);
  };

  const byOfficer = breakdown(verified, verifiedTotal, (c) => c.officer);
  // Recognition: the officers with the highest average over at least the minimum number of
  // verified ratings in the period; only officers already shown by the rule above can be named.
  const recognition = [...byOfficer.groups]
    .sort((a, b) => b.mean - a.mean || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, RECOGNITION_SIZE)
    .map(({ key, count, mean }) => ({ officer: key, count, mean }));

  return {
    schema: /** @type {const} */ ('victim-feedback-summary/1'),
    generatedAt: now.toISOString(),
    max,
    minGroupSize: min,
    period: { from: period.from ?? null, to: period.to ?? null },
    filter: { borough: unit ? null : borough, unit },
    scales: scales.map(({ max: m, n }) => ({ max: m, count: n })),
    overall: visibleOverall
      ? { count: visibleOverall.count, mean: visibleOverall.mean, counts: visibleOverall.counts, suppressed: false }
      : { count: total, mean: null, counts: null, suppressed: true },
    verified: { count: verifiedTotal, unverified: total - verifiedTotal },
    byWeek: breakdown(cells, total, (c) => isoWeek(c.day)),
    byBorough: breakdown(verified, verifiedTotal, (c) => boroughOf(c.unit)),
    byUnit: breakdown(verified, verifiedTotal, (c) => c.unit),
    byOfficer,
    byChannel: breakdown(cells, total, (c) => channel(c.src)),
    byLanguage: breakdown(cells, total, (c) => language(c.locale)),
    recognition,
    units: units.map(({ code, name, borough: b }) => ({ code, name, borough: b })),
  };
}

/** @typedef {ReturnType<typeof buildSummary>} Summary */
