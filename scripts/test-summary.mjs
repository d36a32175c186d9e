// Prints the plain "N passed, N failed" line CI reads (", N skipped" when tests were skipped),
// from Vitest and Playwright JSON reports. Outside CI the PostgreSQL suites are skipped when no
// PostgreSQL is available; they are counted here as skipped, never as passed. In CI
// (CI set) a skipped test counts as a failure: CI must run everything.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    failed += 1;
    console.error(`missing test report ${file} (counted as one failure)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    const { expected, unexpected, flaky = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected;
    skipped += report.stats.skipped ?? 0;
    if (expected + unexpected + flaky === 0) {
      failed += 1;
      console.error(`${file}: no end-to-end test ran (counted as one failure)`);
    }
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (report.numTotalTests === 0 || (report.success === false && report.numFailedTests === 0)) {
    failed += 1;
    console.error(`${file}: the run failed outside a test (counted as one failure)`);
  }
}
if (skipped > 0 && process.env.CI) {
  console.error(`${skipped} tests were skipped, and CI runs every test (counted as failures)`);
  failed += skipped;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
