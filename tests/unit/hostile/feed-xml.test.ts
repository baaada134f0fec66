import { describe, expect, it } from 'vitest';
import { feedSafeItem } from '../../../src/lib/feeds/feed-text.ts';
import { jsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import { auditSite, type BuiltSite, type ExpectedBriefing } from '../../../src/lib/publish/site-audit.ts';
import { stripXmlForbidden } from '../../../src/lib/xml/xml-chars.ts';
import { readXml, rssItemLinks, sitemapLocations } from '../../../src/lib/xml/xml-document.ts';

const briefing: ExpectedBriefing = { file: 'content/briefings/2025/09/a.md', path: '/briefings/2025/09/a/', searchable: true, inFeeds: true };
const rss = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Site</title><link>https://example.com/</link>\n<item><title>${title}</title><link>https://example.com/briefings/2025/09/a/</link></item>\n</channel></rss>`;
const builtWithRss = (xml: string): BuiltSite => {
  const feed = readXml('rss.xml', xml, rssItemLinks);
  return {
    pages: [briefing.path],
    searchRecords: [briefing.path],
    sitemapEntries: [briefing.path],
    // As the build's reader does: a feed that cannot be parsed is reported, its items not counted.
    feeds: feed.malformed.length > 0 ? {} : { 'RSS feed': feed.values.map((url) => new URL(url).pathname) },
    searchIndex: { pageCount: 1, brokenFiles: [] },
    malformedFiles: feed.malformed,
  };
};

describe('the post-build audit reads feeds and sitemaps as XML', () => {
  it('finds nothing wrong with a well-formed feed', () => {
    expect(auditSite([briefing], builtWithRss(rss('Budget &amp; tax')))).toEqual([]);
  });

  it('refuses a feed holding a vertical tab, naming the file, the line and the character', () => {
    expect(auditSite([briefing], builtWithRss(rss('Budget\u000B vote')))).toEqual([
      'rss.xml:3: not well-formed XML (the character U+000B (column 20) is not allowed in XML), so feed readers and search engines would reject the whole file',
    ]);
  });

  it('refuses a feed holding a NUL', () => {
    expect(auditSite([briefing], builtWithRss(rss('Budget\u0000 vote')))).toContainEqual(
      expect.stringMatching(/^rss\.xml:3: not well-formed XML \(the character U\+0000 /),
    );
  });

  it('refuses a feed whose tags do not close, with the parser’s line and reason', () => {
    expect(auditSite([briefing], builtWithRss(rss('Budget</b>')))).toContainEqual(
      expect.stringMatching(/^rss\.xml:3: not well-formed XML \(.*closing tag.*\)/),
    );
  });

  it('reads sitemap entries, entities decoded', () => {
    const xml =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.com/a/?x=1&amp;y=2</loc></url><url><loc>https://example.com/b/</loc></url></urlset>';
    expect(readXml('sitemap-0.xml', xml, sitemapLocations)).toEqual({ values: ['https://example.com/a/?x=1&y=2', 'https://example.com/b/'], malformed: [] });
  });
});

describe('feeds never carry a character XML forbids', () => {
  it('strips C0 controls (but not tab, line feed, carriage return), U+FFFE/U+FFFF and lone surrogates', () => {
    expect(stripXmlForbidden('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\tg\nh\ri\uFFFEj\uFFFFk\uD800l')).toBe('abcdef\tg\nh\rijkl');
  });

  it('keeps every other character, astral ones included', () => {
    const text = 'Zürich – “quoted” 北京 😀 \u0085 \uE000';
    expect(stripXmlForbidden(text)).toBe(text);
  });

  it('strips them from every text of a feed item, and the JSON feed carries the same text', () => {
    const item = {
      url: 'https://example.com/briefings/2025/09/a/',
      title: 'Budget\u000B vote',
      summary: 'Sum\u0000mary',
      contentHtml: '<p>Body\u0007</p>',
      published: '2025-09-01T00:00:00.000Z',
      author: 'Ed\u0001itor',
      tags: ['Eco\u0002nomy'],
    };
    expect(feedSafeItem(item)).toMatchObject({ title: 'Budget vote', summary: 'Summary', contentHtml: '<p>Body</p>', author: 'Editor', tags: ['Economy'] });
    const feed = JSON.stringify(jsonFeed({ title: 'Site\u000B', description: 'D', homePageUrl: 'h', feedUrl: 'f', language: 'en' }, [item]));
    expect(feed).not.toMatch(/\\u000[0-8bB]|\\u001/);
  });
});
