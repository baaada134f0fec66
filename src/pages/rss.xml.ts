import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Briefing } from '../site/load-site.ts';
import { getFeedItems } from '../site/feed-items.ts';
import { rssDateTime } from '../lib/briefings/dates.ts';
import { escapeHtml } from '../lib/feeds/feed-content.ts';
import { feedSafeItem } from '../lib/feeds/feed-text.ts';
import { stripXmlForbidden } from '../lib/xml/xml-chars.ts';
import { site } from '../site.config.ts';
import { routes } from '../routes.ts';

/** RSS 2.0: the newest briefings, full content. */
export async function GET(context: APIContext) {
  return rssFeed(context, { title: site.title, description: site.description });
}

/** An RSS 2.0 feed of the newest briefings, or of those given (a topic's feed). */
export async function rssFeed(context: APIContext, feed: { title: string; description: string; briefings?: readonly Briefing[] }) {
  const origin = context.site ?? new URL(site.url);
  // Nothing XML forbids reaches the feed, whatever a briefing holds.
  const items = (await getFeedItems(origin, feed.briefings)).map(feedSafeItem);
  return rss({
    title: stripXmlForbidden(feed.title),
    description: stripXmlForbidden(feed.description),
    site: new URL(routes.home(), origin).href,
    customData: `<language>${site.lang}</language>`,
    // RSS's own <author> must be an e-mail address; Dublin Core carries a byline.
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      content: item.contentHtml,
      // Written here rather than as `pubDate`, which @astrojs/rss would move to GMT: the item keeps
      // the offset the editor wrote.
      customData: `<pubDate>${rssDateTime(item.published)}</pubDate><dc:creator>${escapeHtml(item.author)}</dc:creator>`,
      categories: [...item.tags],
    })),
  });
}
