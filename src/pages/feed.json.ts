import type { APIContext } from 'astro';
import { getFeedItems } from '../site/feed-items.ts';
import { jsonFeed } from '../lib/feeds/json-feed.ts';
import { site } from '../site.config.ts';
import { routes } from '../routes.ts';

/** JSON Feed 1.1: the same briefings as the RSS feed. */
export async function GET(context: APIContext) {
  const origin = context.site ?? new URL(site.url);
  const absolute = (path: string) => new URL(path, origin).href;
  const feed = jsonFeed(
    {
      title: site.title,
      description: site.description,
      homePageUrl: absolute(routes.home()),
      feedUrl: absolute(routes.jsonFeed()),
      language: site.lang,
      iconUrl: absolute(routes.favicon()),
    },
    await getFeedItems(origin),
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
