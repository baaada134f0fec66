import type { SizeResult, TargetResult } from './results.ts';

/** The corpus size the build targets are set for. */
export const TARGET_SIZE = 10_000;

export const TARGETS = {
  coldVsBaseline: 1.3,
  coldWallMs: 150_000,
  warmWallMs: 20_000,
  peakRssBytes: 2.5 * 1024 ** 3,
  searchTransferBytes: 300 * 1024,
  searchRenderMs: 150,
} as const;

/**
 * Checks one size's measurements against the targets. The build targets are set for 10,000
 * briefings; at other sizes they are still checked, as an early sign. A target whose value
 * could not be measured is neither met nor missed.
 */
export function evaluateTargets(size: SizeResult): TargetResult[] {
  const cold = size.builds.site.cold;
  const warm = size.builds.site.warm;
  const baseline = size.builds.unified.cold;
  const peak = Math.max(cold.peakRssBytes ?? 0, warm.peakRssBytes ?? 0);
  const ratio = cold.ok && baseline.ok ? cold.wallMs / baseline.wallMs : undefined;
  const searches = size.search;
  const searchesOk = searches.length > 0 && searches.every((search) => search.error === undefined);
  const maxTransfer = Math.max(...searches.map((search) => search.transferBytes));
  const maxRender = Math.max(...searches.map((search) => search.renderMs));
  return [
    {
      target: `cold full build ≤ ${TARGETS.coldVsBaseline}× bare unified baseline`,
      value: ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}×`,
      met: ratio === undefined ? undefined : ratio <= TARGETS.coldVsBaseline,
    },
    {
      target: `cold full build < ${TARGETS.coldWallMs / 60_000} min`,
      value: cold.ok ? seconds(cold.wallMs) : 'build failed',
      met: cold.ok ? cold.wallMs < TARGETS.coldWallMs : undefined,
    },
    {
      target: `warm rebuild after editing one briefing < ${TARGETS.warmWallMs / 1000} s`,
      value: warm.ok ? seconds(warm.wallMs) : 'build failed',
      met: warm.ok ? warm.wallMs < TARGETS.warmWallMs : undefined,
    },
    {
      target: 'peak RSS of the full build < 2.5 GB',
      value: peak > 0 ? gigabytes(peak) : 'not measured',
      met: peak > 0 ? peak < TARGETS.peakRssBytes : undefined,
    },
    {
      target: `first search transfers < ${TARGETS.searchTransferBytes / 1024} KB (each query)`,
      value: searchesOk ? `${Math.round(maxTransfer / 1024)} KB (largest)` : 'not measured',
      met: searchesOk ? maxTransfer < TARGETS.searchTransferBytes : undefined,
    },
    {
      target: `first search renders results ≤ ${TARGETS.searchRenderMs} ms (each query)`,
      value: searchesOk ? `${Math.round(maxRender)} ms (slowest)` : 'not measured',
      met: searchesOk ? maxRender <= TARGETS.searchRenderMs : undefined,
    },
  ];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
