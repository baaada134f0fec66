import { describe, expect, it } from 'vitest';
import { type Page, useBrowser } from './support/browser.ts';

// The newsroom fixture: 30 briefings over three months, five topics.
const browser = useBrowser('newsroomSiteURL');
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

/** Waits until the search started by the page's URL, or by `action`, has been shown. */
async function searchDone(page: Page, action?: () => Promise<unknown>) {
  // The search a URL starts may be shown before this reads the count: then any shown search will do.
  const runs = action ? Number((await page.locator('#search-status').getAttribute('data-search-runs')) ?? 0) : 0;
  await action?.();
  await page.waitForFunction((before) => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > before, runs);
}

describe('search shows results first', () => {
  for (const [name, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const) {
    it(`on ${name}, the count and the whole first result title are on screen without scrolling`, async () => {
      const { page, problems, close } = await browser.open('/search/?q=border', viewport);
      await searchDone(page);
      const title = await page.locator('.search-result h2').first().boundingBox();
      expect(title).not.toBeNull();
      expect((title?.y ?? Infinity) + (title?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      await expect(page.locator('#search-status').isVisible()).resolves.toBe(true);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('on a phone the filters are folded under one summary above the results; on a desktop they are open beside them', async () => {
    const phone = await browser.open('/search/?q=border', PHONE);
    await searchDone(phone.page);
    const folded = phone.page.locator('details[data-search-options]');
    await expect(folded.evaluate((details) => (details as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(phone.page.getByRole('checkbox', { name: /^Elections/ }).isVisible()).resolves.toBe(false);
    await phone.page.locator('details[data-search-options] summary').click();
    await expect(phone.page.getByRole('checkbox', { name: /^Elections/ }).isVisible()).resolves.toBe(true);
    await phone.close();

    const desktop = await browser.open('/search/?q=border', DESKTOP);
    await searchDone(desktop.page);
    const checkbox = await desktop.page.getByRole('checkbox', { name: /^Elections/ }).boundingBox();
    const result = await desktop.page.locator('.search-result').first().boundingBox();
    expect(checkbox?.x ?? 0).toBeGreaterThan((result?.x ?? 0) + (result?.width ?? 0));
    await desktop.close();
  });
});

describe('filters that are set show as chips', () => {
  it('names the filters in the status, removes them one by one, and clears them all', async () => {
    const { page, problems, close } = await browser.open('/search/?q=border&topic=Border+Security&year=2025', DESKTOP);
    await searchDone(page);
    const status = page.locator('#search-status');
    await expect(status.textContent()).resolves.toMatch(/^\d+ briefings? found for “border” in Border Security, 2025\.$/);
    const chips = page.locator('[data-chips] button');
    await expect(chips.allTextContents()).resolves.toEqual(['Topic: Border Security ×', 'Year: 2025 ×', 'Clear all filters']);
    await expect(page.locator('[data-filter-total]').textContent()).resolves.toBe('(2 set)');

    await searchDone(page, () => page.getByRole('button', { name: 'Remove the filter Topic: Border Security' }).click());
    await expect(page.getByRole('checkbox', { name: /^Border Security/ }).isChecked()).resolves.toBe(false);
    await expect(status.textContent()).resolves.toMatch(/^\d+ briefings? found for “border” in 2025\.$/);
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([]);

    await searchDone(page, () => page.getByRole('button', { name: 'Clear all filters' }).click());
    await expect(status.textContent()).resolves.toMatch(/^\d+ briefings? found for “border”\.$/);
    await expect(chips.count()).resolves.toBe(0);
    await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe('');
    expect(problems).toEqual([]);
    await close();
  });

  it('a choice that would leave no results is shown but cannot be chosen', async () => {
    const { page, close } = await browser.open('/search/?q=border&topic=Border+Security', DESKTOP);
    await searchDone(page);
    // Wait for the counts of this search (they follow the results).
    await page.waitForFunction(() => [...document.querySelectorAll('[data-filter^="topic:"]')].some((count) => count.textContent === '(0)'));
    const empty = page.locator('label.filter-choice', { has: page.locator('.filter-count', { hasText: '(0)' }) }).first();
    await expect(empty.locator('input').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^Border Security/ }).isDisabled()).resolves.toBe(false);
    await close();
  });
});

describe('going back to a search', () => {
  it('restores the query, the results shown and the scroll position', async () => {
    const { page, close } = await browser.open('/search/?q=officials', { width: 1280, height: 700 });
    await searchDone(page);
    const link = page.locator('.search-result h2 a').nth(5);
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(300);
    await Promise.all([page.waitForURL(/\/briefings\//), link.click()]);
    await page.goBack();
    await page.locator('.search-result').nth(5).waitFor();
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 5, scrolled);
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('officials');
    await close();
  });
});

describe('the header on a phone', () => {
  it('is one row with Search in view; Menu opens every section, People, Places and Organizations included', async () => {
    const { page, problems, close } = await browser.open('/', PHONE);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height ?? Infinity).toBeLessThan(90);
    await expect(page.getByRole('link', { name: /^Search/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Places' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: /^Menu/ }).click();
    for (const name of ['Latest', 'Archive', 'Topics', 'People', 'Places', 'Organizations']) {
      await expect(page.getByRole('link', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    await Promise.all([page.waitForURL('**/places/'), page.getByRole('link', { name: 'Places', exact: true }).click()]);
    expect(problems).toEqual([]);
    await close();
  });

  it('on a desktop every section is in the header row, with no Menu button', async () => {
    const { page, close } = await browser.open('/', DESKTOP);
    await expect(page.getByRole('button', { name: /^Menu/ }).isVisible()).resolves.toBe(false);
    for (const name of ['Latest', 'Archive', 'Topics', 'People', 'Places', 'Organizations']) {
      await expect(page.getByRole('link', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height ?? Infinity).toBeLessThan(90);
    await close();
  });
});

describe('without JavaScript', () => {
  it('the search page reads as sentences, with spaces around its links', async () => {
    const { page, close } = await browser.open('/search/', PHONE, { javaScriptEnabled: false });
    await expect(page.locator('main .notice').innerText()).resolves.toMatch(/You can still browse the archive by month or the topics\./);
    await close();
  });
});

describe('a misspelt query', () => {
  it('suggests the closest words the site knows, and searching for them finds briefings', async () => {
    const { page, problems, close } = await browser.open('/search/?q=Tamaulipsa', PHONE);
    await searchDone(page);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No briefings found for “Tamaulipsa”/);
    const suggestion = page.locator('.search-suggestion button');
    await expect(suggestion.textContent()).resolves.toBe('Tamaulipas');
    await expect(page.locator('.search-suggestion').textContent()).resolves.toBe('Did you mean Tamaulipas?');
    // A screen reader hears the suggestion with the count.
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/Did you mean Tamaulipas\?$/);
    await searchDone(page, () => suggestion.click());
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('Tamaulipas');
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.search-suggestion').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds nothing for a word no briefing holds, though a shorter word begins like it, and keeps a slip at the end', async () => {
    // No briefing of the newsroom says "cartel"; several say "cars".
    const { page, problems, close } = await browser.open('/search/?q=cartel', PHONE);
    await searchDone(page);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No briefings found for “cartel”/);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await searchDone(page, () => page.locator('#search-page-input').fill('cars'));
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    // One letter too many at the end still finds the briefing about Guanajuato.
    await searchDone(page, () => page.locator('#search-page-input').fill('Guanajuatox'));
    await expect(page.locator('.search-result h2').first().textContent()).resolves.toMatch(/Guanajuato/);
    expect(problems).toEqual([]);
    await close();
  });

  it('fetches the word list only when a search finds little', async () => {
    const { page, close } = await browser.open('/search/', PHONE);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await searchDone(page, () => page.locator('#search-page-input').fill('border'));
    expect(fetched.filter((path) => path.endsWith('/search-words.json'))).toEqual([]);
    await searchDone(page, () => page.locator('#search-page-input').fill('Veracrus'));
    await page.locator('.search-suggestion button').waitFor();
    expect(fetched.filter((path) => path.endsWith('/search-words.json'))).toHaveLength(1);
    await close();
  });
});

describe('result excerpts', () => {
  it('start at a sentence of the body, never at the topic labels or the headline, stop before the next heading, never repeat each other, and mark whole words only', async () => {
    for (const query of ['border', 'ballot']) await excerptsOf(query);
  });

  async function excerptsOf(query: string) {
    const { page, close } = await browser.open(`/search/?q=${query}`, DESKTOP);
    await searchDone(page);
    const results = page.locator('.search-result');
    const shown = await results.count();
    expect(shown, query).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(3, shown); i += 1) {
      const title = (await results.nth(i).locator('h2').textContent()) ?? '';
      const excerpt = (await results.nth(i).locator('p.search-excerpt').textContent()) ?? '';
      expect(excerpt, title).toMatch(/^[A-Z“"‘]/);
      expect(excerpt.startsWith('Border Security'), excerpt).toBe(false);
      expect(excerpt.includes(title), excerpt).toBe(false);
      const headings = await results.nth(i).locator('.search-subresults li > a').allTextContents();
      const shownExcerpts = [excerpt];
      for (const section of await results.nth(i).locator('.search-subresults li').all()) {
        const heading = (await section.locator('a').textContent()) ?? '';
        // A section whose excerpt would repeat the result's own shows its link alone.
        for (const text of await section.locator('.search-excerpt').allTextContents()) {
          expect(text.startsWith(heading), text).toBe(false);
          for (const earlier of shownExcerpts) expect(earlier.startsWith(text.replace(/ …$/, '')), `${text} repeats ${earlier}`).toBe(false);
          shownExcerpts.push(text);
        }
      }
      // No excerpt runs on into the heading of the next section.
      for (const text of [excerpt, ...(await results.nth(i).locator('.search-subresults .search-excerpt').allTextContents())])
        for (const heading of headings)
          expect(text.replace(/ …$/, '').endsWith(`${heading}.`) || text.includes(`. ${heading}. `), `${text} runs into “${heading}”`).toBe(false);
    }
    const marks = await page.locator('.search-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^\p{L}+(?:[-'’]\p{L}+)*$/u);
    await close();
  }
});

describe('the search dialog', () => {
  /** Opens the dialog from the header and searches for `query`. */
  async function dialogSearch(page: Page, query: string) {
    await page.getByRole('link', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search briefings' });
    await dialog.waitFor();
    await dialog.locator('input').fill(query);
    await dialog.locator('.search-status').filter({ hasText: /found/ }).waitFor();
    return dialog;
  }

  it('shows at least six whole results at 1280 × 800', async () => {
    const { page, problems, close } = await browser.open('/', DESKTOP);
    const dialog = await dialogSearch(page, 'officials');
    const list = await dialog.locator('.search-results').boundingBox();
    const boxes = await dialog.locator('.search-result').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
    const whole = boxes.filter((box) => list && box.top >= list.y - 1 && box.bottom <= list.y + list.height + 1);
    expect(whole.length).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows ten results at a time, and "Show more results" brings the next ten', async () => {
    const { page, problems, close } = await browser.open('/', DESKTOP);
    const dialog = await dialogSearch(page, 'officials');
    const total = Number(/^(\d+) briefings/.exec((await dialog.locator('.search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    // The button shows once the first ten are on screen.
    const more = dialog.getByRole('button', { name: 'Show more results' });
    await more.waitFor();
    await expect(dialog.locator('.search-result').count()).resolves.toBe(10);
    await more.click();
    await dialog.locator('.search-result').nth(19).waitFor();
    await expect(dialog.locator('.search-result').count()).resolves.toBe(20);
    expect(problems).toEqual([]);
    await close();
  });

  /** Watches for layout shifts from now on; the returned function lists those since, one frame after the last change. */
  async function watchShifts(page: Page): Promise<() => Promise<number[]>> {
    await page.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const before = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.length);
    return async () => {
      // Layout shifts are reported after the frame that made them: one more frame, then read them.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return page.evaluate((from) => (window as unknown as { shifts: number[] }).shifts.slice(from), before);
    };
  }

  for (const [name, viewport] of [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const) {
    it(`on ${name}, nothing moves when the results and the count arrive`, async () => {
      const { page, close } = await browser.open('/', viewport);
      const shiftsSince = await watchShifts(page);
      const dialog = await dialogSearch(page, 'ballot');
      await dialog.locator('.search-result').first().waitFor();
      await expect(shiftsSince()).resolves.toEqual([]);
      await close();
    });

    it(`on ${name}, a result does not move when "Did you mean…?" arrives with it`, async () => {
      const { page, close } = await browser.open('/', viewport);
      const shiftsSince = await watchShifts(page);
      // One briefing writes "Juárez"; the misspelling finds it, and the suggestion comes too.
      const dialog = await dialogSearch(page, 'Juarez');
      await dialog.locator('.search-result').first().waitFor();
      await dialog.locator('.search-suggestion button').waitFor();
      await expect(shiftsSince()).resolves.toEqual([]);
      // The result follows the suggestion directly; the dialog's tall list does not spread them apart.
      const suggestion = await dialog.locator('.search-suggestion').boundingBox();
      const result = await dialog.locator('.search-result').first().boundingBox();
      expect(suggestion && result && result.y - (suggestion.y + suggestion.height)).toBeLessThan(40);
      await close();
    });
  }

  it('fills the whole screen on a phone', async () => {
    const { page, close } = await browser.open('/', PHONE);
    const dialog = await dialogSearch(page, 'officials');
    const box = await dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    await close();
  });
});
