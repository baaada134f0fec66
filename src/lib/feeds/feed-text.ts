import { stripXmlForbidden } from '../xml/xml-chars.ts';
import type { FeedItem } from './json-feed.ts';

/**
 * A feed item whose every text is free of the characters XML 1.0 forbids (a control character
 * pasted into a briefing would otherwise make readers reject the whole RSS feed). Both feeds
 * write their items through this, so they carry the same text.
 */
export function feedSafeItem(item: FeedItem): FeedItem {
  return {
    ...item,
    url: stripXmlForbidden(item.url),
    title: stripXmlForbidden(item.title),
    summary: stripXmlForbidden(item.summary),
    contentHtml: stripXmlForbidden(item.contentHtml),
    author: stripXmlForbidden(item.author),
    tags: item.tags.map(stripXmlForbidden),
  };
}
