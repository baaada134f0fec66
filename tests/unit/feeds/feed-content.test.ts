import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { escapeHtml, feedContent, feedHtml } from '../../../src/lib/feeds/feed-content.ts';
import { jsonFeed } from '../../../src/lib/feeds/json-feed.ts';

const PAGE = 'https://example.com/news/briefings/2025/09/a/';

describe('feedHtml', () => {
  it('resolves anchors, root-relative and relative links against the page', () => {
    expect(feedHtml('<a href="#context">x</a><img src="/news/images/a.jpg"><a href="../b/">b</a>', PAGE)).toBe(
      '<a href="https://example.com/news/briefings/2025/09/a/#context">x</a><img src="https://example.com/news/images/a.jpg"><a href="https://example.com/news/briefings/2025/09/b/">b</a>',
    );
  });

  it('leaves absolute and mailto links alone and keeps ampersands escaped', () => {
    const html = '<a href="https://other.org/x?a=1&amp;b=2">o</a><a href="mailto:desk@example.com">m</a><a href="/s/?q=1&amp;r=2">s</a>';
    expect(feedHtml(html, PAGE)).toBe(
      '<a href="https://other.org/x?a=1&#x26;b=2">o</a><a href="mailto:desk@example.com">m</a><a href="https://example.com/s/?q=1&#x26;r=2">s</a>',
    );
  });

  it('drops the "#" link beside each heading, which feed readers would show as text, and keeps the heading', () => {
    const html =
      '<div class="heading-wrapper level-h2"><h2 id="context">Context</h2><a class="anchor-link" href="#context"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Context”</span></a></div><p>Text.</p>';
    expect(feedHtml(html, PAGE)).toBe('<div class="heading-wrapper level-h2"><h2 id="context">Context</h2></div><p>Text.</p>');
  });
});

describe('feedContent', () => {
  it('appends the Key Questions and Answers under the heading given, as text, whatever characters they hold', () => {
    const html = feedContent('<p>Body.</p>', [{ question: 'Why <now>?', answer: 'Because "A & B".', source: 'parsed' }], PAGE, 'Key Questions & Answers');
    const tree = fromHtml(html, { fragment: true });
    const elements = tree.children.filter((node) => node.type === 'element');
    expect(elements.map((node) => [node.tagName, toString(node)])).toEqual([
      ['p', 'Body.'],
      ['h2', 'Key Questions & Answers'],
      ['h3', 'Why <now>?'],
      ['p', 'Because "A & B".'],
    ]);
    expect(feedContent('<p>Body.</p>', [], PAGE, 'Key Questions')).toBe('<p>Body.</p>');
  });

  it('escapes all five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('jsonFeed', () => {
  it('writes a JSON Feed 1.1 document with ids, dates, authors and tags', () => {
    const feed = jsonFeed({ title: 'T', description: 'D', homePageUrl: 'https://example.com/', feedUrl: 'https://example.com/feed.json', language: 'en' }, [
      {
        url: PAGE,
        title: 'A',
        summary: 'S',
        contentHtml: '<p>x</p>',
        published: '2025-09-03T14:30:00-06:00',
        modified: '2025-09-04T10:00:00.000Z',
        author: 'Web Editor',
        tags: ['Security'],
      },
    ]);
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
          date_published: '2025-09-03T14:30:00-06:00',
          date_modified: '2025-09-04T10:00:00.000Z',
          authors: [{ name: 'Web Editor' }],
          tags: ['Security'],
        },
      ],
    });
  });
});
