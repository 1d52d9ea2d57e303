// @ts-check
// Prints one line per engine, the tests skipped in an engine with their reasons, and then
// `wtr: N passed, N failed` (all engines together) as the very last line of the run, for CI to read.
// A test file that fails to load, or a browser error outside any test, counts as one failure.
import { engineSkips } from './engine-commands.mjs';
import { engineOf } from './engines.mjs';

/** @typedef {{ passed: number, failed: number, skipped: number }} Totals */

/**
 * @param {import('@web/test-runner').TestSuiteResult} suite
 * @param {Totals} totals
 */
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

const skippedText = (/** @type {Totals} */ t) => (t.skipped ? `, ${t.skipped} skipped` : '');

/**
 * `notes`: lines printed before the closing one, e.g. an engine that was not found.
 * @param {{ notes?: string[] }} [options]
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter({ notes = [] } = {}) {
  /** @type {Totals} */
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** @type {Map<string, Totals>} */
  const perEngine = new Map();
  let finished = false;
  process.on('exit', () => {
    if (!finished) totals.failed += 1; // The run ended before its results came in.
    let out = '\n';
    for (const [engine, t] of perEngine) out += `wtr ${engine}: ${t.passed} passed, ${t.failed} failed${skippedText(t)}\n`;
    for (const s of engineSkips) out += `skipped in ${s.engine}: ${s.title} (${s.reason})\n`;
    for (const note of notes) out += `${note}\n`;
    out += `wtr: ${totals.passed} passed, ${totals.failed} failed${skippedText(totals)}\n`;
    process.stdout.write(out);
  });
  return {
    onTestRunFinished({ sessions }) {
      finished = true;
      for (const session of sessions) {
        const engine = engineOf(session.browser);
        const mine = perEngine.get(engine) ?? { passed: 0, failed: 0, skipped: 0 };
        perEngine.set(engine, mine);
        const before = { ...totals };
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = !session.testResults || (session.errors?.length ?? 0) > 0;
        if (loadFailed && !session.passed) totals.failed += 1;
        for (const key of /** @type {(keyof Totals)[]} */ (Object.keys(mine))) mine[key] += totals[key] - before[key];
      }
    },
  };
}
