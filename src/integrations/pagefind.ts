import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addStageTime } from '../lib/build-timings.ts';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index from the finished pages, so `astro build` alone leaves a
 * complete `pagefind/` folder beside them. Only pages that mark their content with
 * `data-pagefind-body` (briefings that allow search) are indexed. Fails the build if Pagefind
 * reports an error, rather than publishing a site whose search is silently broken.
 */
export default function pagefindIntegration(options: { language: string }): AstroIntegration {
  return {
    name: 'briefings:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: options.language });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only briefing pages can hold search content; the rest of the site is navigation.
          const added = await index.addDirectory({ path: site, glob: 'briefings/**/*.html' });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`Pagefind failed to index the site:\n${problems.join('\n')}`);
          const ms = performance.now() - started;
          addStageTime('Pagefind index', ms);
          logger.info(`Indexed ${added.page_count} briefings for search in ${Math.round(ms)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
