import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Page, useBrowser } from './support/browser.ts';
import { ROOT } from './support/site.ts';

// Expectations come from the front matter in tests/fixtures/sites/basic/briefings.
const browser = useBrowser('basicSiteURL');
const underBase = useBrowser('newsBaseSiteURL');

/** Does something that starts a search and waits until that search has been rendered. */
async function searchAfter(page: Page, action: () => Promise<unknown>) {
  const runs = Number((await page.locator('#search-status').getAttribute('data-search-runs')) ?? 0);
  await action();
  await page.waitForFunction((before) => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > before, runs);
}

/** Waits for the search that the page starts from its URL. */
async function settled(page: Page) {
  await page.waitForFunction(() => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > 0);
}

const titles = (page: Page) => page.locator('.search-result h2').allTextContents();
const dates = (page: Page) => page.locator('.search-result time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));

describe('search filters, counts and order (fixture site)', () => {
  it('indexes every published, searchable briefing and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(ROOT, '.test-output/basic/pagefind/pagefind-entry.json'), 'utf8'));
    // 6 files: 5 published briefings of which 1 has `search: false`; the draft, home, 404 and search pages are not indexed.
    expect(entry.languages.en.page_count).toBe(4);
  });

  it('the topic filter narrows the results and shows how many briefings each topic holds', async () => {
    const { page, problems, close } = await browser.open('/search/');
    await settled(page);
    const mexico = page.getByRole('checkbox', { name: /^Mexico/ });
    await expect(page.locator('label', { has: mexico }).textContent()).resolves.toMatch(/Mexico \(2\)/);
    await searchAfter(page, () => mexico.check());
    expect((await titles(page)).sort()).toEqual(['Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols', 'Security Group Briefing Without a Q&A Block']);
    await searchAfter(page, () => page.locator('#search-page-input').fill('soldiers'));
    expect(await titles(page)).toEqual(['Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols']);
    expect(problems).toEqual([]);
    await close();
  });

  it('"Newest first" orders results by date, and the URL brings the same search back', async () => {
    const { page, close } = await browser.open('/search/?q=border');
    await settled(page);
    await searchAfter(page, () => page.getByRole('radio', { name: 'Newest first' }).check());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    const newest = await dates(page);
    expect(newest.length).toBeGreaterThanOrEqual(2);
    expect(newest).toEqual([...newest].sort().reverse());
    await searchAfter(page, () => page.getByRole('checkbox', { name: /^Security/ }).check());
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['Security']);
    const url = page.url();
    const shown = await titles(page);
    await page.goto(url);
    await settled(page);
    await expect(page.getByRole('radio', { name: 'Newest first' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^Security/ }).isChecked()).resolves.toBe(true);
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('border');
    expect(await titles(page)).toEqual(shown);
    await close();
  });

  it('the year and month filters list only months with briefings, with counts', async () => {
    const { page, close } = await browser.open('/search/');
    await settled(page);
    const months = await page.locator('select[name="month"] option').allTextContents();
    expect(months).toEqual(['Any month', 'November 2025 (2)', 'October 2025 (1)', 'September 2025 (1)']);
    await searchAfter(page, () => page.locator('select[name="month"]').selectOption('2025-11'));
    expect((await titles(page)).sort()).toEqual(['Border Crossings Reach a Five-Year Low', 'Election Night: What We Know']);
    await close();
  });

  it('shows the first results before fetching any filter data, then counts the results per choice', async () => {
    // The page notes (in epoch ms) when the first result is shown; requests are noted as they leave.
    const initScript = `new MutationObserver((_, observer) => {
      if (!document.querySelector('#search-results > *')) return;
      window.firstResultAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`;
    const { page, problems, close } = await browser.open('/search/', undefined, { initScript });
    const filterRequests: number[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterRequests.push(Date.now());
    });
    await settled(page);
    await searchAfter(page, () => page.locator('#search-page-input').fill('soldiers'));
    const mexico = page.locator('label', { has: page.getByRole('checkbox', { name: /^Mexico/ }) });
    // Among the one result, one is filed under Mexico and none under Border Security; the page alone says 2 and 1.
    await expect.poll(() => mexico.textContent(), { timeout: 120_000 }).toMatch(/Mexico \(1\)/);
    await expect(page.locator('label', { hasText: 'Border Security' }).textContent()).resolves.toMatch(/\(0\)/);
    await expect(page.locator('select[name="month"] option:checked').textContent()).resolves.toBe('Any month');
    await expect(page.locator('select[name="month"] option[value="2025-10"]').textContent()).resolves.toBe('October 2025 (1)');
    await expect(page.locator('select[name="month"] option[value="2025-11"]').textContent()).resolves.toBe('November 2025 (0)');
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt);
    expect(firstResultAt).toBeGreaterThan(0);
    expect(filterRequests.length).toBeGreaterThan(0);
    expect(Math.min(...filterRequests)).toBeGreaterThanOrEqual(firstResultAt ?? Number.POSITIVE_INFINITY);
    // Clearing the words shows every briefing's counts again.
    await searchAfter(page, () => page.locator('#search-page-input').fill(''));
    await expect(mexico.textContent()).resolves.toMatch(/Mexico \(2\)/);
    expect(problems).toEqual([]);
    await close();
  });

  it('a link asking for a filter choice the page does not offer searches without it', async () => {
    const { page, close } = await browser.open('/search/?q=border&person=Nobody+Known');
    await settled(page);
    await expect(page.locator('select[name="person"]').inputValue()).resolves.toBe('');
    await expect(page.locator('.search-result').count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('person')).toBeNull();
    await close();
  });

  it('a question typed as a reader would ask it finds the briefing that answers it, and says what was searched', async () => {
    const question = 'Why did the illegal taps on the pipelines fall?';
    const { page, problems, close } = await browser.open(`/search/?q=${encodeURIComponent(question)}`);
    await settled(page);
    // No briefing holds "why" or "did": the words that carry meaning are searched instead.
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(
      new RegExp(`^No briefing has every word of “${question.replace('?', '\\?')}”\\. Showing \\d+ briefings? for: illegal taps pipelines fall\\.$`),
    );
    expect((await titles(page))[0]).toBe('Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols');
    const href = (await page.locator('.search-result h2 a').first().getAttribute('href')) ?? '';
    expect(new URL(href, 'http://x').searchParams.getAll('highlight')).toEqual(['illegal', 'taps', 'pipelines', 'fall']);
    expect(problems).toEqual([]);
    await close();
  });

  it('briefings kept out of search, drafts and other pages never appear', async () => {
    const { page, close } = await browser.open('/search/');
    await settled(page);
    for (const word of ['zephyrine', 'reshuffle', 'typo']) {
      await searchAfter(page, () => page.locator('#search-page-input').fill(word));
      await expect(page.locator('.search-result').count(), word).resolves.toBe(0);
    }
    await close();
  });
});

describe('search on a site served under a base path', () => {
  it('returns result links that work under /news/', async () => {
    const { page, problems, close } = await underBase.open('/news/search/?q=soldiers');
    await settled(page);
    const link = page.locator('.search-result h2 a').first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^\/news\/briefings\/2025\/10\/fuel-theft-crackdown\//);
    await link.click();
    await page.waitForURL('**/news/briefings/2025/10/fuel-theft-crackdown/**');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols');
    expect(problems).toEqual([]);
    await close();
  });
});
