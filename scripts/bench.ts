/**
 * npm run bench -- [--briefings 1000,10000] [--report-dir reports] [--work-dir bench-output] [--seed <text>]
 *
 * For each size: writes a corpus of that many briefings (see bench:corpus), builds it cold and
 * warm with the full site and with two bare Astro baselines, measures search in Chromium and the
 * weight of a briefing page, and writes bench.md and bench.json into the report folder.
 * Exits with 1 when a build or search measurement failed (the report still says what worked).
 */
import { BENCH_USAGE, exitWithError, parseBenchOptions } from '../bench/cli-options.ts';
import { writeReport } from '../bench/runner/report.ts';
import { runBenchmark } from '../bench/runner/run-benchmark.ts';

try {
  const options = parseBenchOptions(process.argv.slice(2));
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22)
    throw new Error(`Node ${process.versions.node} is too old for Astro 7: run the benchmark with \`npm run bench\`, which uses the project's Node`);
  const report = await runBenchmark(options);
  const written = writeReport(report, options.reportDir);
  console.log(`Wrote ${written.markdown} and ${written.json}`);
  const failed = report.sizes.some(
    (size) => Object.values(size.builds).some((phases) => !phases.cold.ok || !phases.warm.ok) || size.search.some((search) => search.error),
  );
  if (failed) process.exitCode = 1;
} catch (error) {
  exitWithError(error, BENCH_USAGE);
}
