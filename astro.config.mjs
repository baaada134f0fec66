// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { renderDigest } from './src/markdown/render-digest.ts';
import { buildPaths, site } from './src/site.config.ts';

// The content layer caches parsed and rendered entries per content folder, so building a test
// or benchmark set never evicts the cache of the real one.
const cacheDir =
  process.env.BRIEFINGS_DIR === undefined
    ? './node_modules/.astro'
    : `./node_modules/.astro/sets/${createHash('sha1').update(resolve(buildPaths.briefings)).digest('hex').slice(0, 12)}`;

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: buildPaths.out,
  cacheDir,
  integrations: [
    // The 404 page is not a page to be found.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    pagefind({ language: site.lang }),
  ],
  markdown: {
    processor: unified(
      markdownPipeline({
        aliasesFile: buildPaths.entityAliases,
        renderDigest: renderDigest(fileURLToPath(new URL('.', import.meta.url)), [resolve(buildPaths.entityAliases)]),
      }),
    ),
  },
});
