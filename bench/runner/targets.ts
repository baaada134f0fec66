import type { SizeResult, TargetResult } from './results.ts';

/** The corpus size the build targets are set for. */
export const TARGET_SIZE = 10_000;

export const TARGETS = {
  coldVsBaseline: 1.5,
  warmVsBaseline: 1.5,
  peakRssBytes: 2.5 * 1024 ** 3,
  searchTransferBytes: 300 * 1024,
  searchRenderMs: 150,
  keyQuestionsCpuMs: 5,
  entitiesCpuMs: 3,
} as const;

/** The build stages that time one briefing's Key Questions and its entities, in CPU of the thread that ran them. */
export const KEY_QUESTIONS_STAGE = 'render: Q&A (CPU, all threads)';
export const ENTITIES_STAGE = 'render: entities (CPU, all threads)';

/**
 * Checks one size's measurements against the targets. The targets are set for 10,000
 * briefings; at other sizes they are still checked, as an early sign. A target whose value
 * could not be measured is neither met nor missed.
 */
export function evaluateTargets(size: SizeResult): TargetResult[] {
  const cold = size.builds.site.cold;
  const warm = size.builds.site.warm;
  const peak = Math.max(cold.peakRssBytes ?? 0, warm.peakRssBytes ?? 0, size.builds.site.added?.peakRssBytes ?? 0);
  const ratio = (site: typeof cold, baseline: typeof cold) => (site.ok && baseline.ok ? site.wallMs / baseline.wallMs : undefined);
  const coldRatio = ratio(cold, size.builds.unified.cold);
  const warmRatio = ratio(warm, size.builds.unified.warm);
  const searches = size.search;
  const searchesOk = searches.length > 0 && searches.every((search) => search.error === undefined);
  const maxTransfer = Math.max(...searches.map((search) => search.transferBytes));
  const maxRender = Math.max(...searches.map((search) => search.renderMs));
  const perBriefing = (stage: string) => (cold.ok && cold.stages?.[stage] !== undefined ? cold.stages[stage] / size.briefings : undefined);
  const questions = perBriefing(KEY_QUESTIONS_STAGE);
  const entities = perBriefing(ENTITIES_STAGE);
  return [
    {
      target: `cold full build ≤ ${TARGETS.coldVsBaseline}× bare unified baseline (wall)`,
      value: coldRatio === undefined ? 'not measured' : `${coldRatio.toFixed(2)}×`,
      met: coldRatio === undefined ? undefined : coldRatio <= TARGETS.coldVsBaseline,
    },
    {
      target: `warm rebuild after editing one briefing ≤ ${TARGETS.warmVsBaseline}× the baseline's warm build (wall)`,
      value: warmRatio === undefined ? 'not measured' : `${warmRatio.toFixed(2)}×`,
      met: warmRatio === undefined ? undefined : warmRatio <= TARGETS.warmVsBaseline,
    },
    {
      target: 'peak RSS of the full build < 2.5 GB',
      value: peak > 0 ? gigabytes(peak) : 'not measured',
      met: peak > 0 ? peak < TARGETS.peakRssBytes : undefined,
    },
    {
      target: `first search transfers ≤ ${TARGETS.searchTransferBytes / 1024} KB (each query)`,
      value: searchesOk ? `${Math.round(maxTransfer / 1024)} KB (largest)` : 'not measured',
      met: searchesOk ? maxTransfer <= TARGETS.searchTransferBytes : undefined,
    },
    {
      target: `first search renders results ≤ ${TARGETS.searchRenderMs} ms (each query)`,
      value: searchesOk ? `${Math.round(maxRender)} ms (slowest)` : 'not measured',
      met: searchesOk ? maxRender <= TARGETS.searchRenderMs : undefined,
    },
    {
      target: `Key Questions ≤ ${TARGETS.keyQuestionsCpuMs} ms of CPU per briefing (cold build, mean)`,
      value: questions === undefined ? 'not measured' : `${questions.toFixed(1)} ms`,
      met: questions === undefined ? undefined : questions <= TARGETS.keyQuestionsCpuMs,
    },
    {
      target: `entities ≤ ${TARGETS.entitiesCpuMs} ms of CPU per briefing (cold build, mean)`,
      value: entities === undefined ? 'not measured' : `${entities.toFixed(1)} ms`,
      met: entities === undefined ? undefined : entities <= TARGETS.entitiesCpuMs,
    },
  ];
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
