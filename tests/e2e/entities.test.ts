import { describe, expect, it } from 'vitest';
import { SEED_BRIEFING_PATH } from '../support/seed.ts';
import { useBrowser } from './support/browser.ts';

// The seed briefing names Marco Rubio, Claudia Sheinbaum, Pete Hegseth and (through
// content/entities.yaml) Donald Trump, and mentions the United States, Mexico, Mexico City and Venezuela.
const browser = useBrowser();

describe('people, places and organisations on the real site', () => {
  it('the briefing lists who and where it is about; a name in only this briefing has no page to link to', async () => {
    const { page, problems, close } = await browser.open(SEED_BRIEFING_PATH);
    const box = page.getByRole('complementary', { name: 'In this briefing' });
    await expect(box.locator('dt').allTextContents()).resolves.toEqual(['People', 'Places']);
    const people = await box.locator('dd').first().locator('li').allTextContents();
    expect(people.map((name) => name.trim()).sort()).toEqual(['Claudia Sheinbaum', 'Donald Trump', 'Marco Rubio', 'Pete Hegseth']);
    const places = await box.locator('dd').nth(1).locator('li').allTextContents();
    expect(places.map((name) => name.trim()).sort()).toEqual(['Mexico', 'Mexico City', 'United States', 'Venezuela']);
    // The real site has one briefing, and an entity needs two to get a page.
    await expect(box.getByRole('link').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('no page is built for an entity only one briefing mentions', async () => {
    const { page, close } = await browser.open('/people/');
    const response = await page.goto(new URL('/people/claudia-sheinbaum/', page.url()).href);
    expect(response?.status()).toBe(404);
    await close();
  });

  it('index pages list every entity of a kind with how many briefings mention it', async () => {
    const { page, close } = await browser.open('/places/');
    const rows = await page.locator('main .entity-index li').evaluateAll((items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
    expect([...rows].sort()).toEqual(['Mexico 1 briefing', 'Mexico City 1 briefing', 'United States 1 briefing', 'Venezuela 1 briefing']);
    await page.getByRole('navigation', { name: 'People, places and organizations' }).getByRole('link', { name: 'Organizations' }).click();
    await page.waitForURL('**/organizations/');
    await expect(page.getByText('No briefing mentions any organizations yet.').isVisible()).resolves.toBe(true);
    await close();
  });

  it('search can be narrowed to briefings that mention a person', async () => {
    const { page, close } = await browser.open('/search/?person=Pete+Hegseth');
    await page.waitForFunction(() => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > 0);
    await expect(page.locator('select[name="person"]').inputValue()).resolves.toBe('Pete Hegseth');
    await expect(page.locator('select[name="person"] option').allTextContents()).resolves.toEqual([
      'Anyone',
      'Claudia Sheinbaum (1)',
      'Donald Trump (1)',
      'Marco Rubio (1)',
      'Pete Hegseth (1)',
    ]);
    await expect(page.locator('.search-result').count()).resolves.toBe(1);
    await close();
  });
});

describe('an entity across briefings (fixture site)', () => {
  // tests/fixtures/sites/basic: Claudia Sheinbaum appears in the briefings of 3 September,
  // 14 October and 2 November 2025.
  const fixtures = useBrowser('basicSiteURL');

  it('a briefing links the names with a page, and the link leads there', async () => {
    const { page, problems, close } = await fixtures.open('/briefings/2025/11/border-crossings/');
    const box = page.getByRole('complementary', { name: 'In this briefing' });
    await Promise.all([page.waitForURL('**/people/claudia-sheinbaum/'), box.getByRole('link', { name: 'Claudia Sheinbaum' }).click()]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the entity page lists every briefing that mentions it, newest first, by month, each with its date', async () => {
    const { page, problems, close } = await fixtures.open('/people/claudia-sheinbaum/');
    const dates = await page.locator('main .entity-mentions time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(3);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(page.locator('main .entity-mentions').first().textContent()).resolves.toMatch(/^\s*November \d+, 2025 · Mentioned (once|\d+ times)\s*$/);
    await expect(page.locator('.day-heading').allTextContents()).resolves.toEqual(['November 2025', 'October 2025', 'September 2025']);
    await expect(page.locator('main .briefing-card-title').allTextContents()).resolves.toEqual([
      'Border Crossings Reach a Five-Year Low',
      'Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols',
      'Security Group Briefing Without a Q&A Block',
    ]);
    await expect(page.locator('.listing-count').textContent()).resolves.toMatch(/in 3 briefings$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('the person filter narrows search results to those briefings', async () => {
    const { page, close } = await fixtures.open('/search/?q=the');
    const runs = () => page.evaluate(() => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0));
    await page.waitForFunction(() => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > 0);
    const before = await page.locator('.search-result').count();
    const runsBefore = await runs();
    await page.locator('select[name="person"]').selectOption('Claudia Sheinbaum');
    await page.waitForFunction((n) => Number(document.querySelector('#search-status')?.getAttribute('data-search-runs') ?? 0) > n, runsBefore);
    const titles = await page.locator('.search-result h2').allTextContents();
    expect([...titles].sort()).toEqual([
      'Border Crossings Reach a Five-Year Low',
      'Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols',
      'Security Group Briefing Without a Q&A Block',
    ]);
    expect(before).toBeGreaterThan(titles.length);
    expect(new URL(page.url()).searchParams.get('person')).toBe('Claudia Sheinbaum');
    await close();
  });
});
