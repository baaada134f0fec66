import { t } from '../i18n/index.ts';
import { feedContent } from '../lib/feeds/feed-content.ts';
import type { FeedItem } from '../lib/feeds/json-feed.ts';
import { site as siteConfig } from '../site.config.ts';
import { type Briefing, loadSite } from './load-site.ts';

/**
 * The newest briefings (all of them, or those given, e.g. a topic's) as feed items with absolute
 * URLs and full content, shared by RSS and JSON Feed.
 */
export async function getFeedItems(site: URL, briefings?: readonly Briefing[]): Promise<FeedItem[]> {
  return (briefings ?? (await loadSite()).briefings).slice(0, siteConfig.feedSize).map((briefing) => {
    const url = new URL(briefing.url, site).href;
    return {
      url,
      title: briefing.title,
      summary: briefing.summary,
      contentHtml: feedContent(briefing.html, briefing.keyQuestions.pairs, url, t('briefing.keyQuestions')),
      // The moment as the editor wrote it, offset included, not moved to UTC.
      published: briefing.published,
      modified: briefing.modified,
      author: briefing.author,
      tags: briefing.topics.map((topic) => topic.label),
    };
  });
}
