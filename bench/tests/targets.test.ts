import { describe, expect, it } from 'vitest';
import type { SearchMeasurement } from '../runner/measure-search.ts';
import type { BuildName, BuildPhase, BuildResult, SizeResult } from '../runner/results.ts';
import { evaluateTargets } from '../runner/targets.ts';

const GB = 1024 ** 3;

function build(name: BuildName, phase: BuildPhase, wallMs: number, peakRssBytes: number, ok = true): BuildResult {
  return {
    name,
    phase,
    ok,
    exitCode: ok ? 0 : 1,
    wallMs,
    cpuMs: wallMs,
    userMs: wallMs,
    systemMs: 0,
    peakRssBytes,
    maxProcessRssBytes: peakRssBytes,
    msPerBriefing: wallMs / 10_000,
    briefingPages: 10_000,
    htmlPages: 12_000,
    stages: { 'render: Q&A (CPU, all threads)': wallMs / 100, 'render: entities (CPU, all threads)': wallMs / 150 },
    logFile: 'x.log',
  };
}

function search(transferBytes: number, renderMs: number, error?: string): SearchMeasurement {
  return {
    kind: 'common word',
    query: 'state',
    briefings: 1,
    resultsShown: 10,
    transferBytes,
    queryTransferBytes: 0,
    afterResultsBytes: 0,
    requests: 1,
    renderMs,
    renderRunsMs: [renderMs],
    error,
  };
}

function size(
  site: { cold: number; warm: number; rss: number; addedRss?: number; ok?: boolean },
  baselineCold: number,
  searches: SearchMeasurement[],
): SizeResult {
  // The baseline's warm builds take a fifth of its cold one.
  const phases = (name: BuildName, cold: number) => ({
    cold: build(name, 'cold', cold, GB),
    warm: build(name, 'warm', cold / 5, GB),
    added: build(name, 'added', cold / 5, GB),
  });
  const same = { wall: 1, cpu: 1, peakRss: 1 };
  return {
    briefings: 10_000,
    corpus: { dir: 'x', words: 1, withQaBlock: 0, generationMs: 1, editedBriefing: 'x.md', addedBriefing: 'y.md' },
    builds: {
      site: {
        cold: build('site', 'cold', site.cold, site.rss, site.ok ?? true),
        warm: build('site', 'warm', site.warm, site.rss / 2),
        added: build('site', 'added', site.warm, site.addedRss ?? site.rss / 2),
      },
      unified: phases('unified', baselineCold),
      satteri: phases('satteri', baselineCold / 2),
    },
    ratios: {
      unified: { cold: same, warm: same, added: same },
      satteri: { cold: same, warm: same, added: same },
    },
    pagefind: { bytes: 1, files: 1 },
    indexerAlone: undefined,
    search: searches,
    briefingPage: undefined,
    targets: [],
    warnings: [],
  };
}

const verdicts = (result: SizeResult) => evaluateTargets(result).map((target) => target.met);

describe('evaluateTargets', () => {
  // Stages: Key Questions take cold wall / 100 ms in all (per briefing: / 10,000), entities cold wall / 150.
  it('meets every target with a fast, lean build and a light search', () => {
    const result = size({ cold: 140_000, warm: 25_000, rss: 2 * GB }, 100_000, [search(200 * 1024, 90), search(250 * 1024, 140)]);
    expect(verdicts(result)).toEqual([true, true, true, true, true, true, true]);
    expect(evaluateTargets(result)[5]?.value).toBe('0.1 ms');
  });

  it('misses each target its value crosses', () => {
    const result = size({ cold: 6_000_000, warm: 35_000, rss: 3 * GB }, 100_000, [search(200 * 1024, 90), search(350 * 1024, 400)]);
    expect(verdicts(result)).toEqual([false, false, false, false, false, false, false]);
    expect(evaluateTargets(result)[0]?.value).toBe('60.00×');
    expect(evaluateTargets(result)[1]?.value).toBe('1.75×');
    expect(evaluateTargets(result)[3]?.value).toBe('350 KB (largest)');
    expect(evaluateTargets(result)[5]?.value).toBe('6.0 ms');
  });

  it('counts the peak memory of the build with one briefing added', () => {
    const result = size({ cold: 140_000, warm: 25_000, rss: 2 * GB, addedRss: 3 * GB }, 100_000, [search(200 * 1024, 90)]);
    expect(verdicts(result)[2]).toBe(false);
  });

  it('calls a target not measured when its build or search failed', () => {
    const result = size({ cold: 120_000, warm: 15_000, rss: 2 * GB, ok: false }, 100_000, [search(0, Number.NaN, 'no results rendered')]);
    expect(verdicts(result)).toEqual([undefined, true, true, undefined, undefined, undefined, undefined]);
  });
});
