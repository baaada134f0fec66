import type { APIContext } from 'astro';
import { withBase } from '../lib/briefings/paths.ts';
import { site } from '../site.config.ts';

/** robots.txt: everything may be crawled; the sitemap index says where every page is. */
export function GET(context: APIContext) {
  const sitemap = new URL(withBase('/sitemap-index.xml', site.base), context.site ?? site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
