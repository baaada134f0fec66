import { writeFileSync } from 'node:fs';

/**
 * Milliseconds spent in each of the site's own build stages, summed over the build. Stages that
 * run inside another (the Q&A and entities inside rendering) say so in their name, and are
 * summed over every worker thread, so they can exceed the wall time of the stage around them.
 */
export type StageTimings = Record<string, number>;

// Kept on globalThis: the page bundle and the integrations load their own copies of this module.
const KEY = Symbol.for('briefings.stage-timings');
const store = globalThis as { [KEY]?: StageTimings };

export function stageTimings(): StageTimings {
  return (store[KEY] ??= {});
}

export function addStageTime(stage: string, ms: number): void {
  const timings = stageTimings();
  timings[stage] = (timings[stage] ?? 0) + ms;
}

export function addStageTimings(timings: StageTimings): void {
  for (const [stage, ms] of Object.entries(timings)) addStageTime(stage, ms);
}

/** Runs `work`, adding the time it took to `stage`. */
export function timed<T>(stage: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    addStageTime(stage, performance.now() - started);
  }
}

/**
 * Runs `work`, adding the CPU time this thread spent on it to `stage`: unlike the time on the
 * clock, it does not grow when other threads or processes compete for the machine's cores.
 */
export function timedCpu<T>(stage: string, work: () => T): T {
  const started = process.threadCpuUsage();
  try {
    return work();
  } finally {
    const { user, system } = process.threadCpuUsage(started);
    addStageTime(stage, (user + system) / 1000);
  }
}

/** Writes `{ "stages": { name: ms } }` when the build was asked to (BRIEFINGS_TIMINGS_FILE). */
export function writeStageTimings(file: string | undefined): void {
  if (!file) return;
  const stages = Object.fromEntries(Object.entries(stageTimings()).map(([stage, ms]) => [stage, Math.round(ms)]));
  writeFileSync(file, `${JSON.stringify({ stages }, null, 2)}\n`);
}
