import { stripXmlForbidden } from '../xml/xml-chars.ts';
import { feedSafeItem } from './feed-text.ts';

/** What a feed says about the site. */
export interface FeedChannel {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  language: string;
  iconUrl?: string | undefined;
}

/** One briefing as a feed item. */
export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  /** When it was published, an ISO 8601 date-time in the offset the editor wrote (writtenDateTime). */
  published: string;
  /** When it was last updated, the same way. */
  modified?: string | undefined;
  author: string;
  tags: readonly string[];
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1); items keep the order given. */
export function jsonFeed(unsafeChannel: FeedChannel, unsafeItems: readonly FeedItem[]): Record<string, unknown> {
  // The same text as the RSS feed carries, whatever a briefing holds.
  const channel = { ...unsafeChannel, title: stripXmlForbidden(unsafeChannel.title), description: stripXmlForbidden(unsafeChannel.description) };
  const items = unsafeItems.map(feedSafeItem);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    language: channel.language,
    ...(channel.iconUrl ? { favicon: channel.iconUrl } : {}),
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published,
      ...(item.modified ? { date_modified: item.modified } : {}),
      authors: [{ name: item.author }],
      ...(item.tags.length > 0 ? { tags: [...item.tags] } : {}),
    })),
  };
}
