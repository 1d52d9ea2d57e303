// @ts-check
/**
 * GET /api/summary: rating distribution and mean, overall and by ISO week, unit and officer.
 *
 * Small groups are suppressed so that no victim or officer is singled out: a group with fewer than
 * `minGroupSize` ratings is left out, and so, if needed, are the next-smallest groups, until what
 * is left out adds up to none or to at least `minGroupSize` ratings. Otherwise a single hidden group
 * could be recovered by subtracting the groups shown from the overall figures.
 */

/**
 * @typedef {{ key: string, count: number, mean: number, counts: Record<string, number> }} Group
 * @typedef {{ groups: Group[], suppressed: number }} Breakdown
 * @typedef {{
 *   schema: 'victim-feedback-summary/1', generatedAt: string, max: number, minGroupSize: number,
 *   scales: { max: number, count: number }[],
 *   overall: { count: number, mean: number | null, counts: Record<string, number> | null, suppressed: boolean },
 *   byWeek: Breakdown, byUnit: Breakdown, byOfficer: Breakdown
 * }} Summary
 */

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

/**
 * Folds SQL rows (key, value, n) into groups.
 * @param {import('./db.js').GroupedCount[]} rows
 * @param {number} max
 * @returns {Map<string | null, Group>}
 */
function fold(rows, max) {
  /** @type {Map<string | null, Group>} */
  const groups = new Map();
  for (const { key, value, n } of rows) {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key: /** @type {string} */ (key), count: 0, mean: 0, counts: emptyCounts(max) }));
    g.count += n;
    g.mean += value * n; // sum for now
    g.counts[value] = (g.counts[value] ?? 0) + n;
  }
  for (const g of groups.values()) g.mean = round2(g.mean / g.count);
  return groups;
}

/** @param {number} x */
const round2 = (x) => Math.round(x * 100) / 100;

/**
 * Applies primary and complementary suppression.
 * Rows with no key (no unit or officer in the context) are never shown as a group, and count as
 * left out for the complementary rule.
 * @param {Map<string | null, Group>} all
 * @param {number} total number of ratings in the overall figures
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
 * @param {import('./db.js').Store} store
 * @param {{ max: number, minGroupSize: number, now: Date }} options
 * @returns {Summary}
 */
export function buildSummary(store, { max, minGroupSize, now }) {
  const overallGroup = fold(store.countsBy('overall', max), max).get(null);
  const total = overallGroup?.count ?? 0;
  const min = Math.max(1, minGroupSize);
  const visibleOverall = total > 0 && total >= min && overallGroup;
  /** @type {(by: 'week' | 'unit' | 'officer') => Breakdown} */
  const breakdown = (by) => {
    const groups = fold(store.countsBy(by, max), max);
    // Nothing is shown by group when the whole is too small to show.
    if (!visibleOverall) return { groups: [], suppressed: [...groups.keys()].filter((k) => k !== null).length };
    return suppress(groups, total, min);
  };
  return {
    schema: 'victim-feedback-summary/1',
    generatedAt: now.toISOString(),
    max,
    minGroupSize: min,
    scales: store.scales().map(({ max: m, n }) => ({ max: m, count: n })),
    overall: visibleOverall
      ? { count: visibleOverall.count, mean: visibleOverall.mean, counts: visibleOverall.counts, suppressed: false }
      : { count: total, mean: null, counts: null, suppressed: true },
    byWeek: breakdown('week'),
    byUnit: breakdown('unit'),
    byOfficer: breakdown('officer'),
  };
}
