import { describe, expect, it } from 'vitest';
import { absoluteLinks, escapeHtml, feedContent } from '../../../src/lib/feeds/feed-content.ts';
import { jsonFeed } from '../../../src/lib/feeds/json-feed.ts';

const PAGE = 'https://example.com/news/briefings/2025/09/a/';

describe('absoluteLinks', () => {
  it('resolves anchors, root-relative and relative links against the page', () => {
    expect(absoluteLinks('<a href="#context">x</a><img src="/news/images/a.jpg"><a href="../b/">b</a>', PAGE)).toBe(
      '<a href="https://example.com/news/briefings/2025/09/a/#context">x</a><img src="https://example.com/news/images/a.jpg"><a href="https://example.com/news/briefings/2025/09/b/">b</a>',
    );
  });

  it('leaves absolute and mailto links alone and keeps escaped ampersands escaped', () => {
    const html = '<a href="https://other.org/x?a=1&amp;b=2">o</a><a href="mailto:desk@example.com">m</a><a href="/s/?q=1&amp;r=2">s</a>';
    expect(absoluteLinks(html, PAGE)).toBe(
      '<a href="https://other.org/x?a=1&amp;b=2">o</a><a href="mailto:desk@example.com">m</a><a href="https://example.com/s/?q=1&amp;r=2">s</a>',
    );
  });
});

describe('feedContent', () => {
  it('appends the Key Questions and Answers as escaped HTML', () => {
    expect(feedContent('<p>Body.</p>', [{ question: 'Why <now>?', answer: 'Because "A & B".', source: 'parsed' }], PAGE)).toBe(
      '<p>Body.</p><h2>Key Questions and Answers</h2><h3>Why &lt;now&gt;?</h3><p>Because &quot;A &amp; B&quot;.</p>',
    );
    expect(feedContent('<p>Body.</p>', [], PAGE)).toBe('<p>Body.</p>');
  });

  it('escapes all five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('jsonFeed', () => {
  it('writes a JSON Feed 1.1 document with ids, dates, authors and tags', () => {
    const feed = jsonFeed(
      { title: 'T', description: 'D', homePageUrl: 'https://example.com/', feedUrl: 'https://example.com/feed.json', language: 'en' },
      [
        {
          url: PAGE,
          title: 'A',
          summary: 'S',
          contentHtml: '<p>x</p>',
          published: new Date('2025-09-03T00:00:00Z'),
          modified: new Date('2025-09-04T10:00:00Z'),
          author: 'Web Editor',
          tags: ['Security'],
        },
      ],
    );
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      description: 'D',
      home_page_url: 'https://example.com/',
      feed_url: 'https://example.com/feed.json',
      language: 'en',
      items: [
        {
          id: PAGE,
          url: PAGE,
          title: 'A',
          summary: 'S',
          content_html: '<p>x</p>',
          date_published: '2025-09-03T00:00:00.000Z',
          date_modified: '2025-09-04T10:00:00.000Z',
          authors: [{ name: 'Web Editor' }],
          tags: ['Security'],
        },
      ],
    });
  });
});
