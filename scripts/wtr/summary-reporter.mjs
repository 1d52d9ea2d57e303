// Prints `wtr: N passed, N failed` as the very last line of the run, for CI to read.
// A test file that fails to load, or a browser error outside any test, counts as one failure.

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  let finished = false;
  process.on('exit', () => {
    if (!finished) totals.failed += 1; // The run ended before its results came in.
    const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
    process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
  });
  return {
    onTestRunFinished({ sessions }) {
      finished = true;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = !session.testResults || (session.errors?.length ?? 0) > 0;
        if (loadFailed && !session.passed) totals.failed += 1;
      }
    },
  };
}
