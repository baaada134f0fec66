// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentReload from './src/integrations/content-reload.ts';
import pagefind from './src/integrations/pagefind.ts';
import publish from './src/integrations/publish.ts';
import searchDialog from './src/integrations/search-dialog.ts';
import { PAGE_DIRECTIVES } from './src/lib/publish/content-security-policy.ts';
import { buildPaths, site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: buildPaths.out,
  cacheDir: buildPaths.cache,
  // Styles sit next to the components and pages they style, but the site ships them as one
  // stylesheet, the same for every page: one request, cached once for the whole site, and the
  // rules in the order of the imports (src/styles/global.css first, from BaseLayout).
  vite: { build: { cssCodeSplit: false } },
  integrations: [
    searchDialog(),
    contentReload({ briefings: buildPaths.briefings, entityAliases: buildPaths.entityAliases }),
    // The 404 page is not a page to be found.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    pagefind({ language: site.lang }),
    // Last: audits the finished build and only then replaces the published folder.
    publish({ out: buildPaths.out, briefings: buildPaths.briefings, base: site.base, feedSize: site.feedSize }),
  ],
  security: {
    // A <meta> Content-Security-Policy on every page: scripts and styles only from the site itself
    // or allowed by hash (Astro hashes what it bundles and inlines; the page bootstrap adds its
    // own); WebAssembly for Pagefind's search; frames only from the players briefings may embed.
    // The policy lives in src/lib/publish/content-security-policy.ts, with the host's headers.
    csp: {
      directives: [...PAGE_DIRECTIVES],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Briefings are rendered by the site's own processor (src/render/processor.ts), never by
  // Astro's Markdown pipeline; the site has no other Markdown.
});
