import { describe, expect, it } from 'vitest';
import { type Page, useBrowser } from './support/browser.ts';

// The newsroom fixture: 30 briefings over three months, five topics, places with pages.
const browser = useBrowser('newsroomSiteURL');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

// The rule: on a desktop a list's column is at least three quarters of the window's width.
const MIN_SHARE = 0.75;

const DAY_GROUPED = {
  home: '/',
  'an archive month': '/archive/2025/10/',
  'a topic': '/topics/energy/',
  'an entity': '/places/chiapas/',
};
const ARTICLE = '/briefings/2025/10/nuevo-leon-faces-power-grid/';

const rightEdges = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));

describe('list pages on a desktop (1280 × 800) use the width they have', () => {
  for (const [name, path] of Object.entries(DAY_GROUPED)) {
    it(`${name}: the list is at least ${MIN_SHARE * 100}% of the window wide, and each day heading's rule ends where its cards end`, async () => {
      const { page, problems, close } = await browser.open(path, DESKTOP);
      const column = await page.locator('main .day-groups').boundingBox();
      expect(column?.width ?? 0).toBeGreaterThanOrEqual(DESKTOP.width * MIN_SHARE);

      const groups = await page.locator('main .day-group').evaluateAll((sections) =>
        sections.map((section) => ({
          rule: section.querySelector('.day-heading')?.getBoundingClientRect().right ?? NaN,
          // The heading's rule is its bottom border: it must be drawn as wide as the heading.
          ruleWidth: getComputedStyle(section.querySelector('.day-heading') as Element).borderBottomWidth,
          list: section.querySelector('.briefing-list')?.getBoundingClientRect().right ?? NaN,
          cards: [...section.querySelectorAll('.briefing-card')].map((card) => card.getBoundingClientRect().right),
        })),
      );
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) {
        expect(group.ruleWidth).not.toBe('0px');
        expect(Math.abs(group.rule - group.list)).toBeLessThanOrEqual(1);
        for (const card of group.cards) expect(Math.abs(group.rule - card)).toBeLessThanOrEqual(1);
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('home: the newest briefing above the days and the page links below them span the same column', async () => {
    const { page, close } = await browser.open('/', DESKTOP);
    const [rule] = await rightEdges(page, 'main .day-heading');
    const [featured] = await rightEdges(page, 'main .featured');
    const [pagination] = await rightEdges(page, 'main .pagination');
    expect(Math.abs((featured ?? NaN) - (rule ?? NaN))).toBeLessThanOrEqual(1);
    expect(Math.abs((pagination ?? NaN) - (rule ?? NaN))).toBeLessThanOrEqual(1);
    await close();
  });

  it(`search: results and filters together are at least ${MIN_SHARE * 100}% of the window wide`, async () => {
    const { page, problems, close } = await browser.open('/search/?q=border', DESKTOP);
    const layout = await page.locator('main .search-layout').boundingBox();
    expect(layout?.width ?? 0).toBeGreaterThanOrEqual(DESKTOP.width * MIN_SHARE);
    expect(problems).toEqual([]);
    await close();
  });

  it('a briefing keeps a readable measure: 60 to 80 characters a line of its body text', async () => {
    const { page, close } = await browser.open(ARTICLE, DESKTOP);
    const perLine = await page
      .locator('main .prose p')
      .first()
      .evaluate((paragraph) => {
        // The average width of a lowercase letter in the paragraph's own font.
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz';
        probe.style.whiteSpace = 'nowrap';
        paragraph.append(probe);
        const letter = probe.getBoundingClientRect().width / 26;
        probe.remove();
        return paragraph.getBoundingClientRect().width / letter;
      });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(80);
    await close();
  });
});

describe('on a phone (375 px) nothing is wider than the screen', () => {
  for (const [name, path] of Object.entries({ ...DAY_GROUPED, 'the places list': '/places/', search: '/search/?q=border', 'a briefing': ARTICLE })) {
    it(name, async () => {
      const { page, close } = await browser.open(path, PHONE);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      await close();
    });
  }
});
