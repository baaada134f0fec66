import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { briefingIdFromPath } from '../../src/lib/briefings/paths.ts';
import { paths } from '../../src/routes.ts';
import type { BenchOptions } from '../cli-options.ts';
import { writeCorpusFolder } from '../corpus/corpus-folder.ts';
import type { GeneratedBriefing } from '../corpus/briefing-generator.ts';
import { chooseSearchQueries } from '../corpus/search-queries.ts';
import { baselinePlan, type BuildPlan, PROJECT_ROOT, removeBuildOutput, runBuild, sitePlan } from './builds.ts';
import { measureIndexerAlone } from './measure-indexer.ts';
import { measureSiteInBrowser } from './measure-search.ts';
import type { BenchReport, BuildName, BuildPhase, BuildResult, Ratio, SizeResult } from './results.ts';
import { filesFingerprint, folderSize } from './site-files.ts';
import { evaluateTargets } from './targets.ts';
import { addBriefingLike, addSentenceToLead } from './warm-edit.ts';

const EDIT_SENTENCE = 'Officials said on Tuesday that further details would be released later in the week.';
const ADDED_TITLE = 'One More Briefing Added Before a Rebuild';

/** Runs the whole benchmark for each size and returns the report (writing it is the caller's job). */
export async function runBenchmark(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchReport> {
  const started = performance.now();
  const sizes: SizeResult[] = [];
  for (const briefings of options.sizes) sizes.push(await benchmarkSize(briefings, options, (line) => log(`[${briefings}] ${line}`)));
  return {
    generatedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    seed: options.seed,
    machine: machineInfo(),
    sizes,
  };
}

async function benchmarkSize(count: number, options: BenchOptions, log: (line: string) => void): Promise<SizeResult> {
  const workDir = resolve(options.workDir, `${count}`);
  const corpusDir = join(workDir, 'briefings');
  const logDir = join(workDir, 'logs');
  const warnings: string[] = [];

  const generationStarted = performance.now();
  const corpus = writeCorpusFolder({ dir: corpusDir, count, seed: options.seed, replace: true });
  const generationMs = Math.round(performance.now() - generationStarted);
  log(`wrote ${count} briefings to ${relative(PROJECT_ROOT, corpusDir)} in ${generationMs} ms`);
  const edited = corpus[Math.floor(count / 2)] as GeneratedBriefing;
  // The everyday rebuild: one new briefing, in the same month as the edited one.
  const addedPath = join(dirname(edited.path), 'one-more-briefing.md');
  const queries = chooseSearchQueries(corpus.map((briefing) => briefing.content.replace(/^---\n[\s\S]*?\n---\n/, '')));

  const plans: Record<BuildName, BuildPlan> = {
    site: sitePlan(corpusDir, workDir),
    unified: baselinePlan('unified', corpusDir, workDir),
    satteri: baselinePlan('satteri', corpusDir, workDir),
  };
  const builds = {} as Record<BuildName, Record<BuildPhase, BuildResult>>;
  let pagefind: SizeResult['pagefind'];
  let indexerAlone: SizeResult['indexerAlone'];
  let search: SizeResult['search'] = [];
  let briefingPage: SizeResult['briefingPage'];
  for (const name of ['site', 'unified', 'satteri'] as const) {
    const plan = plans[name];
    const sourceBefore = siteSourceFingerprint();
    const cold = await runBuild(plan, 'cold', { briefings: count, logDir });
    log(describe(cold));
    if (name === 'site' && cold.ok) {
      const cache = relative(PROJECT_ROOT, plan.cacheDirs[0] ?? '');
      if (!folderSize(resolve(PROJECT_ROOT, cache)).files)
        warnings.push(`the site's cache was not found at ${cache} after a build: "cold" builds may not have started without a cache`);
      pagefind = folderSize(join(plan.outDir, 'pagefind'));
      ({ search, briefingPage } = await measureSiteInBrowser(plan.outDir, queries, paths.briefing(briefingIdFromPath(typicalBriefing(corpus).path))));
      for (const result of search)
        log(
          `search "${result.query}" (${result.kind}): ${result.error ?? `${result.resultsShown} results, ${Math.round(result.transferBytes / 1024)} KB, ${Math.round(result.renderMs)} ms`}`,
        );
      indexerAlone = await measureIndexerAlone(plan.outDir, join(logDir, `${count}-pagefind-alone.log`));
      log(
        indexerAlone
          ? `Pagefind alone: ${(indexerAlone.wallMs / 1000).toFixed(1)} s wall, ${Math.round(indexerAlone.maxRssBytes / 1024 ** 2)} MB`
          : 'Pagefind alone: FAILED',
      );
    }
    const restore = addSentenceToLead(join(corpusDir, edited.path), EDIT_SENTENCE);
    let warm: BuildResult;
    try {
      warm = await runBuild(plan, 'warm', { briefings: count, logDir });
    } finally {
      restore();
    }
    log(describe(warm));
    if (name === 'site' && siteSourceFingerprint() !== sourceBefore) {
      warnings.push(
        'the site’s code (src/, astro.config.mjs or package-lock.json) changed while it was being built: the warm build may have re-rendered every briefing, so its numbers are not those of a one-briefing edit; run again on an unchanging tree',
      );
    }
    if (warm.ok && !pageShows(plan, edited.path, EDIT_SENTENCE)) {
      warnings.push(`after the ${name} warm build, the page of ${edited.path} does not show the edit: its warm time may not include re-rendering it`);
    }
    const removeAdded = addBriefingLike(join(corpusDir, edited.path), join(corpusDir, addedPath), ADDED_TITLE);
    let withOneMore: BuildResult;
    try {
      withOneMore = await runBuild(plan, 'added', { briefings: count + 1, logDir });
    } finally {
      removeAdded();
    }
    log(describe(withOneMore));
    if (withOneMore.ok && !pageShows(plan, addedPath, ADDED_TITLE)) {
      warnings.push(`after the ${name} build with one briefing added, the new briefing has no page: its time may not include rendering it`);
    }
    builds[name] = { cold, warm, added: withOneMore };
    removeBuildOutput(plan);
  }

  const size: SizeResult = {
    briefings: count,
    corpus: {
      dir: relative(PROJECT_ROOT, corpusDir),
      words: corpus.reduce((total, briefing) => total + briefing.words, 0),
      withQaBlock: corpus.filter((briefing) => briefing.hasQaBlock).length,
      generationMs,
      editedBriefing: edited.path,
      addedBriefing: addedPath,
    },
    builds,
    ratios: { unified: ratios(builds.site, builds.unified), satteri: ratios(builds.site, builds.satteri) },
    pagefind,
    indexerAlone,
    search,
    briefingPage,
    targets: [],
    warnings,
  };
  size.targets = evaluateTargets(size);
  return size;
}

/** Changes when any code the site's build depends on changes (which invalidates its render cache). */
function siteSourceFingerprint(): string {
  return filesFingerprint(['src', 'astro.config.mjs', 'package-lock.json'].map((path) => join(PROJECT_ROOT, path)));
}

/** True when the build wrote a page for the briefing at `corpusPath` and it contains `text`. */
function pageShows(plan: BuildPlan, corpusPath: string, text: string): boolean {
  const page = join(plan.outDir, plan.pagePrefix, briefingIdFromPath(corpusPath), 'index.html');
  return existsSync(page) && readFileSync(page, 'utf8').includes(text);
}

/** The briefing with the median word count: the page a reader would typically open. */
function typicalBriefing(corpus: readonly GeneratedBriefing[]): GeneratedBriefing {
  const sorted = [...corpus].sort((a, b) => a.words - b.words || a.path.localeCompare(b.path));
  return sorted[Math.floor(sorted.length / 2)] as GeneratedBriefing;
}

function ratios(site: Record<BuildPhase, BuildResult>, baseline: Record<BuildPhase, BuildResult>): Record<BuildPhase, Ratio> {
  const of = (ours: BuildResult, theirs: BuildResult): Ratio => {
    if (!ours.ok || !theirs.ok) return { wall: Number.NaN, cpu: Number.NaN, peakRss: Number.NaN };
    return {
      wall: ours.wallMs / theirs.wallMs,
      cpu: ours.cpuMs / theirs.cpuMs,
      peakRss: (ours.peakRssBytes ?? Number.NaN) / (theirs.peakRssBytes ?? Number.NaN),
    };
  };
  return { cold: of(site.cold, baseline.cold), warm: of(site.warm, baseline.warm), added: of(site.added, baseline.added) };
}

function describe(build: BuildResult): string {
  if (!build.ok) return `${build.name} ${build.phase} build FAILED (${build.logFile})`;
  const rss = build.peakRssBytes === undefined ? '' : `, peak ${Math.round(build.peakRssBytes / 1024 ** 2)} MB`;
  const stages = build.stages
    ? `\n    stages: ${Object.entries(build.stages)
        .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')}`
    : '';
  return `${build.name} ${build.phase} build: ${(build.wallMs / 1000).toFixed(1)} s wall, ${(build.cpuMs / 1000).toFixed(1)} s CPU${rss}, ${build.briefingPages} briefing pages${stages}`;
}

function machineInfo(): BenchReport['machine'] {
  // Read from node_modules directly: not every package exports its package.json.
  const version = (name: string) => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryBytes: totalmem(),
    platform: `${process.platform} ${process.arch}`,
    node: process.versions.node,
    astro: version('astro'),
    pagefind: version('pagefind'),
  };
}
