// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import publish from './src/integrations/publish.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { buildPaths, site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: buildPaths.out,
  cacheDir: buildPaths.cache,
  integrations: [
    // The 404 page is not a page to be found.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    pagefind({ language: site.lang }),
    // Last: audits the finished build and only then replaces the published folder.
    publish({ out: buildPaths.out, briefings: buildPaths.briefings, base: site.base, feedSize: site.feedSize }),
  ],
  markdown: {
    // Briefings are rendered by src/data/briefings.ts with the same pipeline; this keeps any
    // other Markdown the site may hold consistent with them.
    processor: unified(markdownPipeline({ aliasesFile: buildPaths.entityAliases })),
  },
});
