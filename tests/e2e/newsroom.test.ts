import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Page, useBrowser } from './support/browser.ts';
import { ROOT } from './support/site.ts';

// Expectations come from tests/fixtures/sites/newsroom/briefings: 30 briefings, ten a month in
// September, October and November 2025, two on each of the 5th and 16th; topics Border
// Security, Elections and Energy have 8 briefings each, Public Health and Trade 7.
const browser = useBrowser('newsroomSiteURL');

/** Loads every briefing page of the site in one go, as parsed documents, newest first. */
async function allBriefings(page: Page) {
  return page.evaluate(async () => {
    const parse = async (url: string) => new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    const urls: string[] = [];
    for (const listing of ['/', '/page/2/']) {
      const doc = await parse(listing);
      urls.push(...[...doc.querySelectorAll<HTMLAnchorElement>('main .briefing-card-title a')].map((a) => a.getAttribute('href') ?? ''));
    }
    return Promise.all(
      urls.map(async (url) => {
        const doc = await parse(url);
        const text = (selector: string) => [...doc.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');
        return {
          url,
          date: doc.querySelector('.byline time')?.getAttribute('datetime') ?? '',
          topics: text('article .topic-list li'),
          older: doc.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href') ?? null,
          newer: doc.querySelector('.prev-next a[rel="next"]')?.getAttribute('href') ?? null,
          related: [...doc.querySelectorAll<HTMLAnchorElement>('.related .briefing-card-title a')].map((a) => a.getAttribute('href') ?? ''),
        };
      }),
    );
  });
}

describe('the front page', () => {
  it('shows the newest briefing featured, then the rest grouped by day, 20 a page', async () => {
    const { page, problems, close } = await browser.open('/');
    await expect(page.locator('.featured .briefing-card-title').textContent()).resolves.toBe('Colima Ends Plan on Clinic Openings');
    await expect(page.locator('.featured .briefing-card-summary').count()).resolves.toBe(1);
    await expect(page.locator('main .briefing-card').count()).resolves.toBe(20);
    const days = await page.locator('.day-heading').allTextContents();
    // 19 listed briefings over 15 days: the 16th and 5th of November and October have two each.
    expect(days).toHaveLength(15);
    expect(days[0]).toBe('Monday, November 24, 2025');
    const sunday = page.locator('.day-group', { has: page.getByRole('heading', { name: 'Sunday, November 16, 2025' }) });
    await expect(sunday.locator('.briefing-card').count()).resolves.toBe(2);
    expect(problems).toEqual([]);
    await close();
  });

  it('paginates with numbered pages and rel=prev/next', async () => {
    const { page, close } = await browser.open('/');
    await expect(page.locator('head link[rel="next"]').getAttribute('href')).resolves.toBe('/page/2/');
    await expect(page.locator('head link[rel="prev"]').count()).resolves.toBe(0);
    const pagination = page.getByRole('navigation', { name: 'Older and newer briefings' });
    await expect(pagination.locator('a[aria-current="page"]').textContent()).resolves.toMatch(/1$/);
    await pagination.getByRole('link', { name: 'Page 2' }).click();
    await page.waitForURL('**/page/2/');
    await expect(page.locator('main .briefing-card').count()).resolves.toBe(10);
    await expect(page.locator('.featured').count()).resolves.toBe(0);
    await expect(page.locator('.day-heading').allTextContents()).resolves.toHaveLength(8);
    await expect(page.locator('head link[rel="prev"]').getAttribute('href')).resolves.toBe('/');
    await expect(page.locator('head link[rel="next"]').count()).resolves.toBe(0);
    await close();
  });
});

describe('archive and topics', () => {
  it('the archive lists only months with briefings, with counts, and each month lists its own', async () => {
    const { page, close } = await browser.open('/archive/');
    const months = await page.locator('.archive-months li').evaluateAll((items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
    expect(months).toEqual(['November 10 briefings', 'October 10 briefings', 'September 10 briefings']);
    await page.getByRole('link', { name: 'October' }).click();
    await page.waitForURL('**/archive/2025/10/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Briefings from October 2025');
    const days = await page.locator('.day-heading time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days.every((day) => day.startsWith('2025-10-'))).toBe(true);
    await expect(page.locator('main .briefing-card').count()).resolves.toBe(10);
    await close();
  });

  it('a month says how many briefings it has and leads to the months before and after it', async () => {
    const { page, close } = await browser.open('/archive/2025/10/');
    await expect(page.locator('main .listing-count').textContent()).resolves.toBe('10 briefings');
    const months = page.getByRole('navigation', { name: 'Other months' });
    await expect(
      months.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent?.trim(), a.getAttribute('href'), a.getAttribute('rel')])),
    ).resolves.toEqual([
      ['← November 2025', '/archive/2025/11/', 'prev'],
      ['September 2025 →', '/archive/2025/09/', 'next'],
    ]);
    // The oldest month leads only to the one after it.
    await page.goto(new URL('/archive/2025/09/', page.url()).href);
    await expect(months.getByRole('link').allTextContents()).resolves.toEqual(['← October 2025']);
    await close();
  });

  it('the topics page counts each topic and a topic page lists exactly its briefings', async () => {
    const { page, close } = await browser.open('/topics/');
    const topics = await page.locator('.topic-index li').evaluateAll((items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
    expect(topics).toEqual(['Border Security 8 briefings', 'Elections 8 briefings', 'Energy 8 briefings', 'Public Health 7 briefings', 'Trade 7 briefings']);
    await page.getByRole('link', { name: 'Energy' }).click();
    await page.waitForURL('**/topics/energy/');
    const cards = page.locator('main .briefing-card');
    await expect(cards.count()).resolves.toBe(8);
    for (const card of await cards.all()) await expect(card.locator('.topic-list').textContent()).resolves.toContain('Energy');
    await close();
  });

  it('topic chips on a briefing link to the topic page', async () => {
    const { page, close } = await browser.open('/');
    await page.locator('.featured .topic-list a', { hasText: 'Public Health' }).click();
    await page.waitForURL('**/topics/public-health/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Public Health');
    await close();
  });
});

describe('around each briefing', () => {
  it('previous and next follow publication order, and related briefings are on topic and never the page itself', async () => {
    const { page, close } = await browser.open('/');
    const briefings = await allBriefings(page);
    expect(briefings).toHaveLength(30);
    briefings.forEach((briefing, i) => {
      expect(briefing.newer).toBe(briefings[i - 1]?.url ?? null);
      expect(briefing.older).toBe(briefings[i + 1]?.url ?? null);
      expect(briefing.related.length).toBeLessThanOrEqual(4);
      expect(briefing.related).not.toContain(briefing.url);
      for (const url of briefing.related) {
        const other = briefings.find((b) => b.url === url);
        expect(
          other?.topics.some((topic) => briefing.topics.includes(topic)),
          `${briefing.url} -> ${url}`,
        ).toBe(true);
      }
    });
    expect(briefings.filter((briefing) => briefing.related.length > 0).length).toBeGreaterThan(25);
    await close();
  });

  it('a heading’s "#" link stays on the line of the heading’s last word, at every width', async () => {
    for (const width of [1280, 600, 375, 320]) {
      const { page, close } = await browser.open('/briefings/2025/11/chiapas-weighs-ballot-counting/', { width, height: 900 });
      const apart = await page.evaluate(() =>
        [...document.querySelectorAll('.heading-wrapper')].flatMap((wrapper) => {
          const heading = wrapper.querySelector('h2, h3');
          const link = wrapper.querySelector('.anchor-link [aria-hidden]');
          if (!heading || !link) return [`${wrapper.textContent}: no heading or link`];
          const lastLine = [...heading.getClientRects()].at(-1);
          const mark = link.getClientRects()[0];
          return lastLine && mark && Math.abs(lastLine.bottom - mark.bottom) < lastLine.height / 2 ? [] : [heading.textContent ?? ''];
        }),
      );
      expect(apart, `at ${width} px`).toEqual([]);
      await close();
    }
  });

  it('the table of contents links scroll to their headings', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/chiapas-weighs-ballot-counting/', { width: 1280, height: 700 });
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const links = await toc.locator('a').evaluateAll((anchors) => anchors.map((a): [string, string] => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    expect(links.map(([, text]) => text)).toEqual(['Reaction in Chiapas', 'The Numbers', 'What Officials Said', 'Key Questions and Answers']);
    for (const [href, text] of links) {
      await toc.getByRole('link', { name: text }).click();
      await page.waitForFunction((id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
        const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        return top > -2 && (top < 120 || (atBottom && top < window.innerHeight));
      }, href.slice(1));
    }
    await expect(toc.locator('a[aria-current="true"]').textContent()).resolves.toBe('Key Questions and Answers');
    expect(problems).toEqual([]);
    await close();
  });

  it('shows reading time and a BreadcrumbList naming the month', async () => {
    const { page, close } = await browser.open('/briefings/2025/11/chiapas-weighs-ballot-counting/');
    await expect(page.locator('.reading-time').textContent()).resolves.toBe('1 min read');
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    const trail = blocks.find((block) => block['@type'] === 'BreadcrumbList');
    expect(trail.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'The Daily Briefing',
      'November 2025',
      'Chiapas Weighs Plan on Ballot Counting',
    ]);
    await close();
  });
});

describe('every page type at 320px, in dark mode, and in print', () => {
  const pages = [
    '/',
    '/page/2/',
    '/archive/',
    '/archive/2025/09/',
    '/topics/',
    '/topics/trade/',
    '/briefings/2025/11/chiapas-weighs-ballot-counting/',
    '/search/',
  ];

  it('no sideways scrolling at 320px in dark mode', async () => {
    for (const path of pages) {
      const { page, problems, close } = await browser.open(path, { width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: 'dark' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, path).toBe('rgb(21, 21, 21)');
      expect(problems, path).toEqual([]);
      await close();
    }
  });

  it('print shows the article and its Key Questions without navigation', async () => {
    const { page, close } = await browser.open('/briefings/2025/11/chiapas-weighs-ballot-counting/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header nav', '.toc', '.prev-next', '.related', '.site-footer']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('#key-questions-and-answers').isVisible()).resolves.toBe(true);
    await close();
  });

  it('indexes all 30 briefings for search', () => {
    const entry = JSON.parse(readFileSync(join(ROOT, '.test-output/newsroom/pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(30);
  });
});

describe('links and controls standing on their own', () => {
  it('are at least 24 px tall, so a finger can take them (WCAG 2.5.8)', async () => {
    const cases: Array<[path: string, selector: string]> = [
      ['/places/', '.kind-nav a'],
      ['/topics/energy/', '.breadcrumbs a'],
      ['/', '.site-name'],
      ['/briefings/2025/11/chiapas-weighs-ballot-counting/', '.toc summary'],
      ['/no-such-page/', '.not-found-links a'],
    ];
    const small: string[] = [];
    for (const [path, selector] of cases) {
      const { page, close } = await browser.open(path, { width: 375, height: 812 });
      const heights = await page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
      expect(heights.length, `${path} ${selector}`).toBeGreaterThan(0);
      small.push(...heights.filter((height) => height < 24).map((height) => `${path} ${selector}: ${height} px`));
      await close();
    }
    expect(small).toEqual([]);
  });
});
