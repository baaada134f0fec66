import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { addStageTimings, type StageTimings } from '../lib/build-timings.ts';
import { imageFilesChanged } from '../render/image-files.ts';
import type { RenderedBriefing, RenderInput } from '../render/render-briefing.ts';

export interface RenderJob extends RenderInput {
  /** Changes whenever the file's text or the code that renders it changes. */
  cacheKey: string;
}

export interface RenderOptions {
  aliasesFile?: string | undefined;
  /** Where site images are measured (public/). */
  publicDir?: string;
  /** Folder that keeps one rendered result per cache key between builds. */
  cacheDir: string;
  /** Project root, where src/build/render-worker.ts is found. */
  root: string;
}

/** Below this many briefings to render, starting worker threads costs more than it saves. */
const IN_PROCESS_LIMIT = 40;
const MAX_WORKERS = 4;

/**
 * Renders every briefing, reusing what an earlier build rendered from the same text with the
 * same code and the same pictures in public/ (a file per cache key, holding the size and time of
 * each picture the body was measured from), and spreading the rest over worker threads, one per core.
 * Results come back in the order of `jobs`; cache entries no job used any more are removed.
 */
export async function renderAll(jobs: readonly RenderJob[], options: RenderOptions): Promise<RenderedBriefing[]> {
  mkdirSync(options.cacheDir, { recursive: true });
  const results: Array<RenderedBriefing | undefined> = jobs.map((job) => readCached(options.cacheDir, job.cacheKey));
  const missing = jobs.flatMap((_, index) => (results[index] ? [] : [index]));
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(missing.length / IN_PROCESS_LIMIT));
  const render = workers > 1 ? renderInWorkers : renderInProcess;
  await render(
    missing.map((index) => jobs[index] as RenderJob),
    (position, rendered) => {
      const index = missing[position] as number;
      results[index] = rendered;
      // A failure is not kept: it may be the machine's (memory) rather than the file's.
      if (!failures.has(rendered)) writeCached(options.cacheDir, (jobs[index] as RenderJob).cacheKey, rendered);
    },
    { ...options, workers },
  );
  pruneCache(options.cacheDir, new Set(jobs.map((job) => job.cacheKey)));
  return results as RenderedBriefing[];
}

type Deliver = (position: number, rendered: RenderedBriefing) => void;

const failures = new WeakSet<RenderedBriefing>();

/**
 * What a briefing the Markdown tools failed on renders to: nothing, and an error naming the
 * file, so one bad file is reported with every other problem instead of stopping the check.
 */
function failedRender(job: RenderJob, reason: string): RenderedBriefing {
  const rendered: RenderedBriefing = {
    html: '',
    headings: [],
    leadSummary: undefined,
    keyQuestions: { source: 'none', pairs: [], reason: 'the briefing could not be rendered' },
    entities: { people: [], places: [], organizations: [] },
    problems: [
      {
        file: job.file,
        severity: 'error',
        message: `could not be rendered (${reason.split('\n')[0]}): look for unusual text near your last change, such as very deep nesting or a long run of one symbol, and simplify it; if the file looks ordinary, send this message to the site's developers`,
      },
    ],
  };
  failures.add(rendered);
  return rendered;
}

async function renderInProcess(jobs: readonly RenderJob[], deliver: Deliver, options: RenderOptions): Promise<void> {
  if (jobs.length === 0) return;
  // Loaded only when something is to be rendered: the language tools take a third of a second
  // to load, which a build that finds every briefing in the cache does not need.
  const { createBriefingRenderer } = await import('../render/render-briefing.ts');
  const render = await createBriefingRenderer(options);
  for (const [position, job] of jobs.entries()) {
    try {
      deliver(position, await render(job));
    } catch (error) {
      deliver(position, failedRender(job, error instanceof Error ? error.message : String(error)));
    }
  }
}

type WorkerReply = { position: number; rendered: RenderedBriefing } | { position: number; error: string } | { timings: StageTimings };

/** Hands jobs to `workers` threads one at a time, so a slow briefing never holds up a queue. */
function renderInWorkers(jobs: readonly RenderJob[], deliver: Deliver, options: RenderOptions & { workers: number }): Promise<void> {
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const threads = Array.from({ length: options.workers }, () => {
      const worker = new Worker(join(options.root, 'src/build/render-worker.ts'), {
        workerData: { aliasesFile: options.aliasesFile, publicDir: options.publicDir },
      });
      const feed = () => {
        if (next < jobs.length) {
          const position = next++;
          worker.postMessage({ position, job: jobs[position] });
        } else {
          worker.postMessage('done');
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('timings' in reply) {
          addStageTimings(reply.timings);
          void worker.terminate();
          if (++finished === threads.length) resolve();
        } else if ('error' in reply) {
          deliver(reply.position, failedRender(jobs[reply.position] as RenderJob, reply.error));
          feed();
        } else {
          deliver(reply.position, reply.rendered);
          feed();
        }
      });
      worker.on('error', (error) => {
        threads.forEach((thread) => void thread.worker.terminate());
        reject(error);
      });
      return { worker, feed };
    });
    for (const { feed } of threads) feed();
  });
}

function cachePath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

function readCached(cacheDir: string, key: string): RenderedBriefing | undefined {
  let cached: RenderedBriefing;
  try {
    cached = JSON.parse(readFileSync(cachePath(cacheDir, key), 'utf8')) as RenderedBriefing;
  } catch {
    return undefined;
  }
  // A picture the body was measured from was resized, replaced or deleted: measure again.
  return imageFilesChanged(cached.imageFiles) ? undefined : cached;
}

function writeCached(cacheDir: string, key: string, rendered: RenderedBriefing): void {
  mkdirSync(join(cacheDir, key.slice(0, 2)), { recursive: true });
  // Written whole or not at all: another build sharing the cache may read it at any moment.
  const path = cachePath(cacheDir, key);
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(rendered));
  renameSync(partial, path);
}

/** Drops results of texts or code that no longer exist, so the cache never outgrows the site. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  for (const shard of readdirSync(cacheDir, { withFileTypes: true })) {
    if (!shard.isDirectory()) continue;
    for (const name of readdirSync(join(cacheDir, shard.name))) {
      // Only finished results: a `.partial` file is another build's write in progress.
      if (name.endsWith('.json') && !used.has(name.slice(0, -'.json'.length))) rmSync(join(cacheDir, shard.name, name), { force: true });
    }
  }
}
