import type { APIContext } from 'astro';
import { site } from '../site.config.ts';
import { routes } from '../routes.ts';

/** robots.txt: everything may be crawled; the sitemap index says where every page is. */
export function GET(context: APIContext) {
  const sitemap = new URL(routes.sitemap(), context.site ?? site.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
