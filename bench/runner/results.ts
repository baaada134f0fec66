import type { IndexerMeasurement } from './measure-indexer.ts';
import type { PageWeight, SearchMeasurement } from './measure-search.ts';

/** The three builds compared: the full site and two bare Astro baselines over the same files. */
export type BuildName = 'site' | 'unified' | 'satteri';
/** Cold: no cache. Warm: one briefing edited since the cold build. Added: one new briefing since then. */
export type BuildPhase = 'cold' | 'warm' | 'added';
export const BUILD_PHASES: readonly BuildPhase[] = ['cold', 'warm', 'added'];

export const BUILD_LABELS: Record<BuildName, string> = {
  site: 'Full site (`npm run build`)',
  unified: 'Bare Astro, unified + rehype-slug',
  satteri: 'Bare Astro, Sätteri (default)',
};

/** One measured build. Times in ms, memory in bytes. */
export interface BuildResult {
  name: BuildName;
  phase: BuildPhase;
  ok: boolean;
  exitCode: number | undefined;
  wallMs: number;
  /** User + system CPU time of the build and every process it started. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  /** Peak of the build's processes' resident memory added together. */
  peakRssBytes: number | undefined;
  /** Largest single process's peak resident memory (GNU time). */
  maxProcessRssBytes: number;
  msPerBriefing: number;
  /** Briefing pages written. */
  briefingPages: number;
  /** All HTML pages written. */
  htmlPages: number;
  /** Time the site's own stages took, as the build reported them; undefined when it reported none. */
  stages: Record<string, number> | undefined;
  /** The build's output, relative to the project root. */
  logFile: string;
  /** The end of the build's output when it failed. */
  error?: string;
}

/** Ours divided by a baseline: above 1 means the full site costs more. */
export interface Ratio {
  wall: number;
  cpu: number;
  peakRss: number;
}

export interface TargetResult {
  target: string;
  /** The measured value as shown, e.g. "118 s". */
  value: string;
  met: boolean | undefined;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  briefings: number;
  corpus: { dir: string; words: number; withQaBlock: number; generationMs: number; editedBriefing: string; addedBriefing: string };
  builds: Record<BuildName, Record<BuildPhase, BuildResult>>;
  ratios: Record<Exclude<BuildName, 'site'>, Record<BuildPhase, Ratio>>;
  pagefind: { bytes: number; files: number } | undefined;
  /** The Pagefind command of the build run again on its own over the built site. */
  indexerAlone: IndexerMeasurement | undefined;
  search: SearchMeasurement[];
  briefingPage: PageWeight | undefined;
  targets: TargetResult[];
  warnings: string[];
}

export interface BenchReport {
  generatedAt: string;
  durationMs: number;
  seed: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; platform: string; node: string; astro: string; pagefind: string };
  sizes: SizeResult[];
}
