import { feedContent } from '../lib/feeds/feed-content.ts';
import type { FeedItem } from '../lib/feeds/json-feed.ts';
import { getBriefings } from './briefings.ts';

/** Briefings a feed carries: the newest 50. */
export const FEED_SIZE = 50;

/** The newest briefings as feed items with absolute URLs and full content, shared by RSS and JSON Feed. */
export async function getFeedItems(site: URL): Promise<FeedItem[]> {
  return (await getBriefings()).slice(0, FEED_SIZE).map((briefing) => {
    const url = new URL(briefing.url, site).href;
    return {
      url,
      title: briefing.title,
      summary: briefing.summary,
      contentHtml: feedContent(briefing.entry.rendered?.html ?? '', briefing.keyQuestions.pairs, url),
      published: briefing.date,
      modified: briefing.updated,
      author: briefing.author,
      tags: briefing.topics.map((topic) => topic.label),
    };
  });
}
