import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed, writeStageTimings } from '../lib/build-timings.ts';
import { readContentFolder } from '../lib/briefings/content-folder.ts';
import { newestFirst } from '../lib/briefings/listing.ts';
import { briefingPath } from '../lib/briefings/paths.ts';
import { auditSite, type ExpectedBriefing } from '../lib/publish/site-audit.ts';
import { readBuiltSite } from './built-site.ts';

export interface PublishOptions {
  /** The folder readers are served from (`dist/`). */
  out: string;
  briefings: string;
  base: string;
  feedSize: number;
}

/**
 * Publishes a build only when it is complete. `astro build` writes into `<out>.next/`; when
 * every other integration is done (pages, feeds, sitemap, search index), the result is audited
 * against the content folder and only then swapped in for `<out>/`. A build that fails, or that
 * lost a briefing on the way, leaves the site that was there untouched. Must be the last
 * integration.
 */
export default function publishIntegration(options: PublishOptions): AstroIntegration {
  const out = resolve(options.out);
  const staging = `${out}.next`;
  return {
    name: 'briefings:publish',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        const problems = timed('post-build audit', () => auditSite(expectedBriefings(options), readBuiltSite(built, options.base)));
        if (problems.length > 0) {
          throw new Error(
            `The build is incomplete, so ${options.out} was left as it was (the incomplete build is in ${staging}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
          );
        }
        if (built.replace(/\/$/, '') === staging) swapIn(staging, out);
        logger.info(`Published to ${options.out}`);
        writeStageTimings(process.env.BRIEFINGS_TIMINGS_FILE);
      },
    },
  };
}

/** Every published briefing of the content folder, newest first, the newest `feedSize` in the feeds. */
export function expectedBriefings(options: Omit<PublishOptions, 'out'>): ExpectedBriefing[] {
  const { briefings } = readContentFolder(options.briefings);
  return briefings
    .filter((briefing) => !briefing.data.draft)
    .map((briefing) => ({ ...briefing, date: briefing.data.date }))
    .sort(newestFirst)
    .map((briefing, index) => ({ file: briefing.file, path: briefingPath(briefing.id), searchable: briefing.data.search, inFeeds: index < options.feedSize }));
}

/** Replaces `out` with `staging`: two renames, so readers never see a half-written folder. */
function swapIn(staging: string, out: string): void {
  const previous = `${out}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
}
