import { mkdirSync, rmSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { timed, writeStageTimings } from '../lib/build-timings.ts';
import { readContentFolder } from '../lib/briefings/content-folder.ts';
import { newestFirst } from '../lib/briefings/listing.ts';
import { editorError } from '../lib/editor-error.ts';
import { acquireBuildLock, LockTimeoutError } from '../lib/publish/build-lock.ts';
import { auditSite, type ExpectedBriefing } from '../lib/publish/site-audit.ts';
import { isMountPoint, newBuildFolder, publishBuild, recoverSiteFolder, type SiteFolder, siteFolder } from '../lib/publish/site-folder.ts';
import { writeFailureMessage } from '../lib/publish/write-failure.ts';
import { readBuiltSite } from '../build/built-site.ts';
import { takePublished } from '../build/published-briefings.ts';
import { paths } from '../routes.ts';

export interface PublishOptions {
  /** The folder readers are served from (`dist/`). */
  out: string;
  briefings: string;
  base: string;
  feedSize: number;
}

/** How long a build waits for another one publishing to the same folder before giving up. */
const LOCK_WAIT_MS = Number(process.env.BRIEFINGS_LOCK_WAIT_SECONDS ?? 1800) * 1000;

/**
 * Publishes a build only when it is complete, and atomically. `<out>` (e.g. `dist/`) is a link
 * to a folder in `<out>.builds/`; `astro build` writes a new folder there, and when every other
 * integration is done (pages, feeds, sitemap, search index) the result is audited against the
 * content folder and only then is the link switched to it, in one rename (see site-folder.ts).
 * A build that fails, or that lost a briefing on the way, leaves the published site untouched,
 * and its folder is removed. One build at a time publishes to a folder: a second one waits for
 * the first (`<out>.lock`). Must be the last integration.
 */
export default function publishIntegration(options: PublishOptions): AstroIntegration {
  const folder = siteFolder(options.out);
  let staging: string | undefined;
  let published = false;
  let releaseLock = () => {};
  // Whatever ends the build before it is published (an error anywhere), its folder goes; a
  // disk that filled up is said in words after whatever error the write that failed gave.
  const removeStaging = () => {
    if (!staging || published) return;
    if (diskFull(staging)) console.error(writeFailureMessage({ code: 'ENOSPC' }, options.out, dirname(folder.out)));
    rmSync(staging, { recursive: true, force: true });
  };
  return {
    name: 'briefings:publish',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        // Set up once per build, however often Astro reads the configuration.
        if (!staging) {
          const prepared = await guarded(folder, options.out, () => prepareBuild(folder, options.out, logger));
          staging = prepared.build;
          releaseLock = prepared.release;
          process.on('exit', removeStaging);
        }
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir).replace(/\/$/, '');
        const problems = timed('post-build audit', () => auditSite(expectedBriefings(options), readBuiltSite(built, options.base)));
        if (problems.length > 0) {
          removeStaging();
          throw editorError(`The build is incomplete, so ${options.out} was left as it was:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
        }
        if (built === staging) {
          guarded(folder, options.out, () => publishBuild(folder, built));
          published = true;
          releaseLock();
        }
        logger.info(`Published to ${options.out}`);
        writeStageTimings(process.env.BRIEFINGS_TIMINGS_FILE);
      },
    },
  };
}

/**
 * Takes the folder's lock (waiting for another build that holds it), finishes or clears what
 * an earlier, stopped build left, and returns a new folder for this build to be written into.
 */
async function prepareBuild(folder: SiteFolder, out: string, logger: AstroIntegrationLogger): Promise<{ build: string; release: () => void }> {
  // Said before building rather than after: a disk mounted on `<out>` itself cannot be replaced.
  if (isMountPoint(folder)) throw Object.assign(new Error(`${out} is a mount point`), { code: 'EBUSY' });
  mkdirSync(dirname(folder.out), { recursive: true });
  let release: () => void;
  try {
    release = await acquireBuildLock(folder.lock, {
      maxWaitMs: LOCK_WAIT_MS,
      onWait: (pid) => logger.info(`Waiting for another build (process ${pid}) that is publishing to ${out} to finish…`),
    });
  } catch (error) {
    if (error instanceof LockTimeoutError) throw editorError(error.message);
    throw error;
  }
  recoverSiteFolder(folder);
  return { build: newBuildFolder(folder), release };
}

/** Runs a step that writes beside `<out>`; a folder that cannot be written is said in words. */
function guarded<T>(folder: SiteFolder, out: string, step: () => T): T {
  const explain = (error: unknown): never => {
    // Everything a build writes is beside `<out>`, in the folder that holds it.
    const message = writeFailureMessage(error, out, dirname(folder.out));
    throw message ? editorError(message) : error;
  };
  try {
    const result = step();
    return result instanceof Promise ? (result.catch(explain) as T) : result;
  } catch (error) {
    return explain(error);
  }
}

/** Whether the disk holding `path` has less than 1 MiB left: a build's writes fail there. */
function diskFull(path: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(path);
    return bavail * bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/** Every published briefing of the content folder, newest first, the newest `feedSize` in the feeds. */
export function expectedBriefings(options: Omit<PublishOptions, 'out'>, recorded = takePublished()): ExpectedBriefing[] {
  // What the pages read (load-site.ts); the folder itself when no page recorded it.
  const briefings =
    recorded ??
    readContentFolder(options.briefings)
      .briefings.filter((briefing) => !briefing.data.draft)
      .map((briefing) => ({ id: briefing.id, file: briefing.file, date: briefing.data.date, day: briefing.day, searchable: briefing.data.search }));
  return [...briefings].sort(newestFirst).map((briefing, index) => ({
    file: briefing.file,
    path: paths.briefing(briefing.id),
    searchable: briefing.searchable,
    inFeeds: index < options.feedSize,
  }));
}
