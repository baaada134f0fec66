import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, "Tests: N passed, N failed", that any CI log reader can parse,
 * counting every test of every project (unit and browser) together.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) count[test.result().state] += 1;
      // A file that failed to load has no tests to count but must still count as a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) count.failed += 1;
    }
    const skipped = count.skipped + count.pending;
    console.log(`\nTests: ${count.passed} passed, ${count.failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
