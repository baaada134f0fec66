import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { ROOT } from './support/site.ts';

// Expectations come from the front matter in tests/fixtures/sites/basic/briefings: five published
// briefings (one kept out of search), one draft; the newest is "Election Night: What We Know".
const PUBLISHED = [
  '/briefings/2025/11/election-night-wrap/',
  '/briefings/2025/11/border-crossings/',
  '/briefings/2025/10/fuel-theft-crackdown/',
  '/briefings/2025/09/security-group-without-qa-block/',
  '/briefings/2025/08/hidden-from-search/',
];
const ORIGIN = 'https://briefings.example.com';
const fetchText = async (site: 'basicSiteURL' | 'newsBaseSiteURL', path: string) => {
  const response = await fetch(new URL(path, inject(site)));
  expect(response.status, path).toBe(200);
  return { text: await response.text(), type: response.headers.get('content-type') ?? '' };
};

describe('feeds', () => {
  it('RSS parses as XML and lists every published briefing, newest first, with full content', async () => {
    const { text } = await fetchText('basicSiteURL', '/rss.xml');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(text).rss;
    const items = [rss.channel.item].flat();
    expect(items.map((item: { link: string }) => item.link)).toEqual(PUBLISHED.map((path) => ORIGIN + path));
    expect(items[0].title).toBe('Election Night: What We Know');
    // `date: 2025-11-05`, a day without a time: midnight UTC.
    expect(items[0].pubDate).toBe('Wed, 05 Nov 2025 00:00:00 +0000');
    expect(items[0]['dc:creator']).toBe('Web Editor');
    const fuel = items.find((item: { link: string }) => item.link.endsWith('/fuel-theft-crackdown/'));
    // Its front matter says `date: 2025-10-14T09:30:00-06:00`: the time and offset as written.
    expect(fuel.pubDate).toBe('Tue, 14 Oct 2025 09:30:00 -0600');
    expect(fuel['content:encoded']).toContain('Soldiers now patrol the most-tapped stretches of pipeline at night.');
    expect(fuel['content:encoded']).toContain('<h3>How much did illegal taps fall?</h3>');
    expect(fuel['content:encoded']).toContain('<h2 id="what-changed">What changed</h2>');
  });

  it('JSON Feed 1.1 has the required fields and the same items in the same order', async () => {
    const { text, type } = await fetchText('basicSiteURL', '/feed.json');
    expect(type).toMatch(/json/);
    const feed = JSON.parse(text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Daily Briefing',
      home_page_url: `${ORIGIN}/`,
      feed_url: `${ORIGIN}/feed.json`,
    });
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(PUBLISHED.map((path) => ORIGIN + path));
    for (const item of feed.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'content_html', 'date_published']));
    }
    const fuel = feed.items.find((item: { id: string }) => item.id.endsWith('/fuel-theft-crackdown/'));
    // `date: 2025-10-14T09:30:00-06:00` keeps its offset; `updated: 2025-10-15` is midnight UTC.
    expect(fuel).toMatchObject({
      date_published: '2025-10-14T09:30:00-06:00',
      date_modified: '2025-10-15T00:00:00.000Z',
      tags: ['Mexico', 'Fuel Theft'],
      authors: [{ name: 'Ana Torres' }],
    });
  });

  it('every page links to both feeds', async () => {
    for (const path of ['/', '/search/', PUBLISHED[0] ?? '']) {
      const { text } = await fetchText('basicSiteURL', path);
      expect(text, path).toContain('<link rel="alternate" type="application/rss+xml" title="The Daily Briefing (RSS)" href="/rss.xml">');
      expect(text, path).toContain('<link rel="alternate" type="application/feed+json" title="The Daily Briefing (JSON Feed)" href="/feed.json">');
    }
  });
});

describe('feeds a reader can find and read', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('item content has no "#" links beside headings, which feed readers show as stray text', async () => {
    const rss = parser.parse((await fetchText('basicSiteURL', '/rss.xml')).text).rss;
    const json = JSON.parse((await fetchText('basicSiteURL', '/feed.json')).text) as { items: Array<{ content_html: string }> };
    const contents = [
      ...[rss.channel.item].flat().map((item: Record<string, string>) => item['content:encoded'] ?? ''),
      ...json.items.map((item) => item.content_html),
    ];
    expect(contents.some((html) => /<h2[ >]/.test(html))).toBe(true);
    for (const html of contents) {
      expect(html).not.toMatch(/Section titled|class="anchor-link"/);
    }
  });

  it('each topic has its own RSS feed with only its briefings, linked from the topic page', async () => {
    const rss = parser.parse((await fetchText('basicSiteURL', '/topics/mexico/rss.xml')).text).rss;
    expect(rss.channel.title).toBe('The Daily Briefing: Mexico');
    const items = [rss.channel.item].flat() as Array<{ link: string; pubDate: string }>;
    expect(items.find((item) => item.link.endsWith('/fuel-theft-crackdown/'))?.pubDate).toBe('Tue, 14 Oct 2025 09:30:00 -0600');
    expect(items.map((item) => item.link)).toEqual(
      ['/briefings/2025/10/fuel-theft-crackdown/', '/briefings/2025/09/security-group-without-qa-block/', '/briefings/2025/08/hidden-from-search/'].map(
        (path) => ORIGIN + path,
      ),
    );
    const { text } = await fetchText('basicSiteURL', '/topics/mexico/');
    expect(text).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="The Daily Briefing: Mexico \(RSS\)" href="\/topics\/mexico\/rss\.xml">/);
    expect(text).toMatch(/<a href="\/topics\/mexico\/rss\.xml">RSS feed of this topic<\/a>/);
  });

  it('every page shows links to both feeds in its footer', async () => {
    for (const path of ['/', '/briefings/2025/10/fuel-theft-crackdown/', '/topics/']) {
      const { text } = await fetchText('basicSiteURL', path);
      const footer = text.slice(text.indexOf('<footer'));
      expect(footer, path).toMatch(/<a href="\/rss\.xml">RSS<\/a>/);
      expect(footer, path).toMatch(/<a href="\/feed\.json">JSON Feed<\/a>/);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every published briefing exactly once, and not the draft or the 404 page', () => {
    const xml = readFileSync(join(ROOT, '.test-output/basic/sitemap-0.xml'), 'utf8');
    const locs = [new XMLParser().parse(xml).urlset.url].flat().map((url: { loc: string }) => url.loc);
    for (const path of PUBLISHED)
      expect(
        locs.filter((loc) => loc === ORIGIN + path),
        path,
      ).toHaveLength(1);
    expect(locs.some((loc) => loc.includes('cabinet-draft'))).toBe(false);
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
  });

  it('robots.txt allows crawling and points to the sitemap index', async () => {
    const { text } = await fetchText('basicSiteURL', '/robots.txt');
    expect(text).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\n`);
  });
});

describe('link previews', () => {
  const browser = useBrowser('basicSiteURL');

  it('a briefing is an article with its image, times and topics; the front page is a website', async () => {
    const { page, close } = await browser.open('/briefings/2025/10/fuel-theft-crackdown/');
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
    await expect(meta('og:type')).resolves.toBe('article');
    await expect(meta('og:title')).resolves.toBe('Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols');
    await expect(meta('og:url')).resolves.toBe(`${ORIGIN}/briefings/2025/10/fuel-theft-crackdown/`);
    await expect(meta('og:image')).resolves.toBe(`${ORIGIN}/favicon.svg`);
    await expect(meta('twitter:card')).resolves.toBe('summary_large_image');
    await expect(meta('article:published_time')).resolves.toBe('2025-10-14T15:30:00.000Z');
    await expect(page.locator('meta[property="article:tag"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))).resolves.toEqual([
      'Mexico',
      'Fuel Theft',
    ]);
    await page.goto(new URL('/', page.url()).href);
    await expect(meta('og:type')).resolves.toBe('website');
    await expect(meta('twitter:card')).resolves.toBe('summary');
    await close();
  });
});

describe('under a base path', () => {
  it('feed links, item URLs and the sitemap all start with the base', async () => {
    const { text: rss } = await fetchText('newsBaseSiteURL', '/news/rss.xml');
    const links = [new XMLParser().parse(rss).rss.channel.item].flat().map((item: { link: string }) => item.link);
    expect(links).toEqual(PUBLISHED.map((path) => `${ORIGIN}/news${path}`));
    const feed = JSON.parse((await fetchText('newsBaseSiteURL', '/news/feed.json')).text);
    expect(feed.feed_url).toBe(`${ORIGIN}/news/feed.json`);
    expect(feed.items.every((item: { url: string }) => item.url.startsWith(`${ORIGIN}/news/briefings/`))).toBe(true);
    const { text: home } = await fetchText('newsBaseSiteURL', '/news/');
    expect(home).toContain('href="/news/rss.xml"');
    const { text: robots } = await fetchText('newsBaseSiteURL', '/news/robots.txt');
    expect(robots).toContain(`Sitemap: ${ORIGIN}/news/sitemap-index.xml`);
  });
});
