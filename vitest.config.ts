import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One test file per core. Vitest's default leaves a core free, which on a 2-core machine runs
    // every file alone; yet the browser tests wait on Chromium, a second process, so two files at
    // a time fill both cores (about 400 s down to about 330 s for the whole suite on 2 cores).
    maxWorkers: availableParallelism(),
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.mocked.test.ts'],
          // Pure modules: the files share each worker's loaded modules (compromise, the gazetteer)
          // instead of loading them again for every file, which was most of the unit tests' time.
          isolate: false,
          // Some tests run the editor's commands as processes; on a busy machine they take a while.
          // The limit is there to stop a hang, not to time anything.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // Files that replace a module with vi.mock get modules of their own.
          name: 'unit-mocked',
          include: ['tests/unit/**/*.mocked.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // The benchmark's own harness (corpus, runner, report), kept apart from the site's tests.
          name: 'bench',
          include: ['bench/tests/**/*.test.ts'],
          isolate: false,
          testTimeout: 120_000,
          // The smoke test runs the whole benchmark on 50 briefings before its checks.
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // A worker runs file after file without loading Playwright and the site's modules again.
          isolate: false,
          // Files run side by side: each has its own browser, and the sites they share are only read.
          // Limits that stop a hang on a busy machine; nothing here is timed.
          testTimeout: 180_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
