import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../tests/kit/chromium.ts';
import type { BenchReport, BuildResult } from '../runner/results.ts';
import { siteCacheDir } from '../runner/builds.ts';

/**
 * The benchmark's CI smoke: runs the real `npm run bench` entry point on 50 briefings (six
 * builds, Chromium search measurements) into a temporary folder and checks that every number
 * in the report was measured and is plausible.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BRIEFINGS = 50;
let folder = '';
let report: BenchReport;
let markdown = '';
let output = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  const run = await promisify(execFile)(
    process.execPath,
    ['scripts/bench.ts', '--briefings', String(BRIEFINGS), '--report-dir', join(folder, 'report'), '--work-dir', join(folder, 'work')],
    { cwd: ROOT, env: { ...process.env, CHROMIUM_PATH: ensureChromium() }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run bench failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
  output = run.stdout;
  report = JSON.parse(readFileSync(join(folder, 'report/bench.json'), 'utf8')) as BenchReport;
  markdown = readFileSync(join(folder, 'report/bench.md'), 'utf8');
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const MB = 1024 ** 2;

function expectPlausibleBuild(build: BuildResult, briefings = BRIEFINGS) {
  expect(build.ok, `${build.name} ${build.phase}: ${build.error ?? ''}`).toBe(true);
  expect(build.wallMs).toBeGreaterThan(500);
  expect(build.cpuMs).toBeGreaterThan(500);
  expect(build.cpuMs).toBe(build.userMs + build.systemMs);
  expect(build.peakRssBytes).toBeGreaterThan(50 * MB);
  expect(build.peakRssBytes).toBeLessThan(16 * 1024 * MB);
  expect(build.maxProcessRssBytes).toBeGreaterThan(50 * MB);
  expect(build.msPerBriefing).toBeCloseTo(build.wallMs / briefings, 5);
  expect(build.briefingPages).toBe(briefings);
}

describe('npm run bench -- --briefings 50', () => {
  it('reports one size with the corpus it generated', () => {
    expect(report.sizes.map((size) => size.briefings)).toEqual([BRIEFINGS]);
    const [size] = report.sizes;
    expect(size?.corpus.words).toBeGreaterThan(BRIEFINGS * 500);
    expect(size?.corpus.words).toBeLessThan(BRIEFINGS * 900);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.astro).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('built the full site and both baselines, cold, warm and with one briefing added, with every page', () => {
    const size = report.sizes[0]!;
    for (const name of ['site', 'unified', 'satteri'] as const) {
      expectPlausibleBuild(size.builds[name].cold);
      expectPlausibleBuild(size.builds[name].warm);
      // The added briefing has its page, and is gone again from the corpus afterwards.
      expectPlausibleBuild(size.builds[name].added, BRIEFINGS + 1);
    }
    expect(size.warnings).toEqual([]);
    expect(existsSync(join(folder, 'work', String(BRIEFINGS), 'briefings', size.corpus.addedBriefing))).toBe(false);
    expect(markdown).toMatch(/\| Full site \(`npm run build`\) \| added \| \d/);
    // The full site adds listings, topics and entity pages; a baseline has only the briefings.
    expect(size.builds.site.cold.htmlPages).toBeGreaterThan(BRIEFINGS);
    expect(size.builds.unified.cold.htmlPages).toBe(BRIEFINGS);
    for (const ratio of [
      size.ratios.unified.cold,
      size.ratios.unified.warm,
      size.ratios.unified.added,
      size.ratios.satteri.cold,
      size.ratios.satteri.warm,
      size.ratios.satteri.added,
    ]) {
      for (const value of [ratio.wall, ratio.cpu, ratio.peakRss]) {
        expect(value).toBeGreaterThan(0.1);
        expect(value).toBeLessThan(50);
      }
    }
    const stages = size.builds.site.cold.stages;
    if (stages) for (const ms of Object.values(stages)) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('measured the Pagefind index and three first searches in Chromium', () => {
    const size = report.sizes[0]!;
    expect(size.pagefind?.bytes).toBeGreaterThan(10_000);
    expect(size.pagefind?.files).toBeGreaterThan(3);
    // The indexer was run again on its own over the built site, and measured.
    expect(size.indexerAlone?.wallMs).toBeGreaterThan(0);
    expect(size.indexerAlone?.maxRssBytes).toBeGreaterThan(1024 * 1024);
    expect(size.search.map((search) => search.kind)).toEqual(['common word', 'rare name', 'two-word phrase']);
    for (const search of size.search) {
      expect(search.error, search.query).toBeUndefined();
      expect(search.resultsShown).toBeGreaterThanOrEqual(1);
      expect(search.resultsShown).toBeLessThanOrEqual(Math.min(search.briefings, 10));
      expect(search.queryTransferBytes).toBeGreaterThan(0);
      expect(search.transferBytes).toBeGreaterThan(search.queryTransferBytes);
      expect(search.requests).toBeGreaterThan(3);
      // The filter data for the counts comes after the results.
      expect(search.afterResultsBytes).toBeGreaterThan(0);
      expect(search.renderMs).toBeGreaterThan(0);
      expect(search.renderRunsMs).toHaveLength(3);
    }
  });

  it('weighed a briefing page by kind', () => {
    const page = report.sizes[0]!.briefingPage!;
    expect(page.path).toMatch(/^\/briefings\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
    expect(page.html).toBeGreaterThan(1000);
    expect(page.css).toBeGreaterThan(100);
    expect(page.total).toBe(page.html + page.css + page.js + page.other);
  });

  it('checked every target and wrote the tables', () => {
    const { targets } = report.sizes[0]!;
    expect(targets).toHaveLength(7);
    for (const target of targets) {
      expect(typeof target.met, target.target).toBe('boolean');
      expect(markdown).toContain(`| ${target.target} | ${target.value} | ${target.met ? 'met' : '**missed**'} |`);
    }
    expect(markdown).toContain('## 50 briefings');
    expect(output).toContain('bench.md');
  });

  it('leaves no build output or cache behind outside its own folder', () => {
    const corpus = join(folder, 'work', String(BRIEFINGS), 'briefings');
    expect(existsSync(corpus)).toBe(true);
    expect(existsSync(siteCacheDir(corpus))).toBe(false);
    expect(existsSync(join(folder, 'work', String(BRIEFINGS), 'site'))).toBe(false);
  });
});
