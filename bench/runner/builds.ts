import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { runMeasured } from './measure-process.ts';
import type { BuildName, BuildPhase, BuildResult } from './results.ts';
import { countPages } from './site-files.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const BASELINE_ROOT = join(PROJECT_ROOT, 'bench/baseline');

/** How to build one site over a corpus, and what "cold" has to delete first. */
export interface BuildPlan {
  name: BuildName;
  args: string[];
  env: Record<string, string>;
  outDir: string;
  /** Caches a cold build starts without. */
  cacheDirs: string[];
  /** Where briefing pages are in the output, e.g. "briefings/". */
  pagePrefix: string;
  /** File the build writes its stage timings to, when it supports that. */
  timingsFile?: string;
}

/** The full site, built as `npm run build` does, over a corpus folder. */
export function sitePlan(corpusDir: string, workDir: string): BuildPlan {
  const briefings = resolve(corpusDir);
  const outDir = join(workDir, 'site');
  const timingsFile = join(workDir, 'site-timings.json');
  return {
    name: 'site',
    args: ['build'],
    env: { BRIEFINGS_DIR: briefings, OUT_DIR: outDir, BRIEFINGS_TIMINGS_FILE: timingsFile },
    outDir,
    cacheDirs: [siteCacheDir(briefings), join(PROJECT_ROOT, 'node_modules/.vite')],
    pagePrefix: 'briefings/',
    timingsFile,
  };
}

/**
 * Where the site keeps its cache for a briefings folder, asked of the site's own config
 * (src/site.config.ts, `buildPaths.cache`) with BRIEFINGS_DIR set, so the benchmark clears
 * the right folder however the site derives it.
 */
export function siteCacheDir(briefingsDir: string): string {
  const script = "const { buildPaths } = await import('./src/site.config.ts'); process.stdout.write(String(buildPaths.cache));";
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFINGS_DIR: resolve(briefingsDir) },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !run.stdout) throw new Error(`could not read the site's cache folder from src/site.config.ts (buildPaths.cache):\n${run.stderr}`);
  return resolve(PROJECT_ROOT, run.stdout);
}

/** The bare Astro project in bench/baseline, with unified + rehype-slug or Astro's default Sätteri. */
export function baselinePlan(markdown: 'unified' | 'satteri', corpusDir: string, workDir: string): BuildPlan {
  const outDir = join(workDir, `baseline-${markdown}`);
  const cacheDir = join(workDir, `baseline-${markdown}-cache`);
  return {
    name: markdown,
    args: ['build', '--root', BASELINE_ROOT],
    env: { BENCH_BRIEFINGS_DIR: resolve(corpusDir), BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir, BENCH_MARKDOWN: markdown },
    outDir,
    cacheDirs: [cacheDir],
    pagePrefix: '',
  };
}

/** Deletes what a build leaves behind: its output and caches. */
export function removeBuildOutput(plan: BuildPlan) {
  for (const dir of [plan.outDir, ...plan.cacheDirs]) rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs one build (cold: output and caches deleted first; warm: as the previous build left
 * them) and measures it. A failed build is recorded with the end of its output, not thrown,
 * so one failure does not lose the other measurements.
 */
export async function runBuild(plan: BuildPlan, phase: BuildPhase, options: { briefings: number; logDir: string }): Promise<BuildResult> {
  if (phase === 'cold') removeBuildOutput(plan);
  if (plan.timingsFile) rmSync(plan.timingsFile, { force: true });
  mkdirSync(options.logDir, { recursive: true });
  const logFile = join(options.logDir, `${options.briefings}-${plan.name}-${phase}.log`);
  const measured = await runMeasured(process.execPath, [astroCli(), ...plan.args], { cwd: PROJECT_ROOT, env: buildEnv(plan.env), logFile });
  const ok = measured.exitCode === 0;
  const pages = countPages(plan.outDir, plan.pagePrefix);
  const result: BuildResult = {
    name: plan.name,
    phase,
    ok,
    exitCode: measured.exitCode,
    wallMs: measured.wallMs,
    cpuMs: measured.userMs + measured.systemMs,
    userMs: measured.userMs,
    systemMs: measured.systemMs,
    peakRssBytes: measured.peakTreeRssBytes,
    maxProcessRssBytes: measured.maxProcessRssBytes,
    msPerBriefing: measured.wallMs / options.briefings,
    briefingPages: pages.prefixed,
    htmlPages: pages.htmlPages,
    stages: plan.timingsFile ? readStages(plan.timingsFile) : undefined,
    logFile: relative(PROJECT_ROOT, logFile),
  };
  if (!ok) {
    const why = measured.signal === undefined ? `exit status ${measured.exitCode}` : `killed by signal ${measured.signal}`;
    result.error = `${why}; the output ended with:\n${readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n')}`;
  }
  return result;
}

function astroCli(): string {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const manifest = require('astro/package.json') as { bin: Record<string, string> | string };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.astro;
  if (!bin) throw new Error('the installed astro package names no `astro` command');
  return join(dirname(require.resolve('astro/package.json')), bin);
}

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // A benchmark started from a test runner must not pass its test-mode variables to the build.
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VITEST')) env[key] = value;
  return {
    ...env,
    ...extra,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    // Anything the build starts with `node` runs on the same Node as the benchmark.
    PATH: `${dirname(process.execPath)}:${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
  };
}

/** The `{"stages": {"qa": 1234, …}}` file a build writes when BRIEFINGS_TIMINGS_FILE is set. */
export function readStages(file: string): Record<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { stages?: unknown };
    if (typeof parsed.stages !== 'object' || parsed.stages === null) return undefined;
    const stages = Object.entries(parsed.stages).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1]));
    return stages.length > 0 ? Object.fromEntries(stages) : undefined;
  } catch {
    return undefined;
  }
}
