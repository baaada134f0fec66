import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { pagefindArgs, pagefindProgram } from '../../src/integrations/pagefind.ts';
import { site } from '../../src/site.config.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../../tests/kit/chromium.ts';
import { serveFolder } from '../../tests/kit/serve-folder.ts';
import { PROJECT_ROOT } from './builds.ts';
import { runMeasured } from './measure-process.ts';
import { median } from './median.ts';
import { folderSize } from './site-files.ts';

/** Where the shards are written inside the built site, one numbered folder each. */
const SHARDS_FOLDER = 'pagefind-shards';
/** Each query is timed on this many freshly opened pages, and the median reported. */
const RUNS = 3;

/** The briefing pages of one shard: the folders under briefings/ it takes ("2025", or "2025/01"). */
export type Shard = readonly string[];

/** The Pagefind glob for a shard's briefing pages. */
export function shardGlob(shard: Shard): string {
  return shard.length === 1 ? `briefings/${shard[0]}/**/*.html` : `briefings/{${shard.join(',')}}/**/*.html`;
}

export interface ShardIndexing {
  shard: Shard;
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  diskBytes: number;
}

export interface MergedSearch {
  query: string;
  results: number;
  /** Bytes of Pagefind's files fetched by a fresh page, from loading Pagefind to the first three results' data. */
  bytes: number;
  requests: number;
  /** From calling search to having the first three results' data: the median of the runs. */
  ms: number;
  runsMs: number[];
}

/**
 * Indexes an already built site as shards, one Pagefind run each (written to
 * `<site>/pagefind-shards/<n>/` and removed afterwards), then searches them together in
 * headless Chromium the way a sharded site would: the first shard's Pagefind merges the others
 * (`mergeIndex`).
 */
export async function measureShards(siteDir: string, shards: readonly Shard[], queries: readonly string[], logDir: string) {
  const root = join(siteDir, SHARDS_FOLDER);
  rmSync(root, { recursive: true, force: true });
  try {
    const indexing: ShardIndexing[] = [];
    for (const [index, shard] of shards.entries()) {
      const output = join(root, String(index));
      const run = await runMeasured(process.execPath, [pagefindProgram(), ...pagefindArgs(siteDir, output, site.lang, shardGlob(shard))], {
        cwd: PROJECT_ROOT,
        env: process.env,
        logFile: join(logDir, `shard-${index}.log`),
      });
      if (run.exitCode !== 0) throw new Error(`Pagefind failed on shard ${index} (${shard.join(', ')}): see ${join(logDir, `shard-${index}.log`)}`);
      indexing.push({ shard, wallMs: run.wallMs, cpuMs: run.userMs + run.systemMs, maxRssBytes: run.maxProcessRssBytes, diskBytes: folderSize(output).bytes });
    }
    const searches: MergedSearch[] = [];
    const served = await serveFolder(siteDir);
    const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
    try {
      for (const query of queries) {
        const runs: Array<{ results: number; ms: number; bytes: number; requests: number }> = [];
        for (let run = 0; run < RUNS; run += 1) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.goto(new URL('/404.html', served.url).href);
          served.takeTransfers();
          const found = await page.evaluate(
            async ({ query, folders }) => {
              const pagefind = await import(`${folders[0]}pagefind.js`);
              for (const folder of folders.slice(1)) await pagefind.mergeIndex(folder);
              await pagefind.init();
              await pagefind.preload('');
              const start = performance.now();
              const search = await pagefind.search(query);
              await Promise.all(search.results.slice(0, 3).map((result: { data: () => Promise<unknown> }) => result.data()));
              return { results: search.results.length as number, ms: performance.now() - start };
            },
            { query, folders: shards.map((_, index) => `/${SHARDS_FOLDER}/${index}/`) },
          );
          const transfers = served.takeTransfers().filter((transfer) => transfer.path.startsWith(`/${SHARDS_FOLDER}/`));
          runs.push({ ...found, bytes: transfers.reduce((sum, transfer) => sum + transfer.bytes, 0), requests: transfers.length });
          await context.close();
        }
        const times = runs.map((run) => run.ms);
        const first = runs[0] ?? { results: 0, bytes: 0, requests: 0 };
        searches.push({ query, results: first.results, bytes: first.bytes, requests: first.requests, ms: median(times), runsMs: times });
      }
    } finally {
      await browser.close();
      await served.close();
    }
    return { indexing, searches };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
