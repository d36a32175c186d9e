// Prints the plain "N passed, N failed" line CI reads, from Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
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
    if (expected + unexpected + flaky === 0) {
      failed += 1;
      console.error(`${file}: no end-to-end test ran (counted as one failure)`);
    }
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0 || (report.success === false && report.numFailedTests === 0)) {
    failed += 1;
    console.error(`${file}: the run failed outside a test (counted as one failure)`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
