import { describe, expect, it } from 'vitest';
import { SEED_BRIEFING_PATH } from '../support/seed.ts';
import { type Page, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** Runs a query on the search page and waits for the result count to be announced. */
async function searchFor(page: Page, query: string) {
  await page.locator('#search-page-input').fill(query);
  await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
}

describe('searching past briefings on the real site', () => {
  it('"fuel theft" finds the seed briefing, with a sub-result for a section that mentions it', async () => {
    const { page, problems, close } = await browser.open('/search/');
    await searchFor(page, 'fuel theft');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('1 briefing found for “fuel theft”.');
    const result = page.locator('.search-result').first();
    await expect(result.locator('h2 a').textContent()).resolves.toBe('US and Mexico Establish High-Level Security Group Amid Drug Cartel Concerns');
    await expect(result.locator('.search-excerpt mark').first().textContent()).resolves.toMatch(/^fuel$/i);
    const section = result.locator('.search-subresults a', { hasText: 'Formation of High-Level Security Group' });
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${SEED_BRIEFING_PATH}\\?highlight=fuel&highlight=theft#formation-of-high-level-security-group$`));
    expect(problems).toEqual([]);
    await close();
  });

  it('opening that result scrolls to the section and marks "fuel" and "theft" on the page', async () => {
    const { page, problems, close } = await browser.open('/search/?q=fuel+theft', { width: 1280, height: 700 });
    await page.locator('.search-subresults a', { hasText: 'Formation of High-Level Security Group' }).click();
    await page.waitForURL(/#formation-of-high-level-security-group$/);
    await page.locator('mark.search-highlight').first().waitFor();
    const marked = (await page.locator('article mark.search-highlight').allTextContents()).map((text) => text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['fuel', 'theft']));
    const top = await page.locator('#formation-of-high-level-security-group').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(350);
    expect(problems).toEqual([]);
    await close();
  });

  it('a query matching a Key Question returns a sub-result pointing at that question', async () => {
    const { page, close } = await browser.open('/search/');
    await searchFor(page, 'demonstrated commitment');
    const hrefs = await page.locator('.search-subresults a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContainEqual(expect.stringMatching(/#q-how-has-the-us-demonstrated-its-commitment-to-addressing-drug-cartels$/));
    await close();
  });

  it('keeps the query in the URL, so a search can be shared and survives a reload', async () => {
    const { page, close } = await browser.open('/search/');
    await searchFor(page, 'Sheinbaum');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Sheinbaum');
    await page.reload();
    await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('Sheinbaum');
    await expect(page.locator('.search-result').count()).resolves.toBe(1);
    await close();
  });

  it('shows query text with HTML as text and never runs it', async () => {
    const { page, problems, close } = await browser.open('/search/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await page.locator('#search-page-input').fill(attack);
    // Whatever the search finds, the status repeats the query, as text.
    await page
      .locator('#search-status')
      .filter({ hasText: `“${attack}”` })
      .waitFor();
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('says when nothing matches, without suggesting to remove a filter when none is set', async () => {
    const { page, close } = await browser.open('/search/');
    await searchFor(page, 'xylophone');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No briefings found for “xylophone”. Try fewer or different words.');
    await close();
  });

  it('without JavaScript the search page says search needs it and links to the archive', async () => {
    const { page, close } = await browser.open('/search/', undefined, { javaScriptEnabled: false });
    const notice = page.locator('main .notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/Search runs in your browser and needs JavaScript/);
    await expect(notice.getByRole('link', { name: 'the archive' }).getAttribute('href')).resolves.toBe('/archive/');
    await expect(page.locator('[data-search-options]').isVisible()).resolves.toBe(false);
    await close();
  });
});

describe('the search dialog from the header, by keyboard', () => {
  it('Ctrl+K opens it, typing searches, ArrowDown and Enter open the first result', async () => {
    const { page, problems, close } = await browser.open('/');
    // Typing straight away: keys pressed while the search code loads are not lost.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('cartels');
    const dialog = page.getByRole('dialog', { name: 'Search briefings' });
    await dialog.waitFor();
    await expect(dialog.locator('input').inputValue()).resolves.toBe('cartels');
    await dialog.locator('.search-status').filter({ hasText: /found/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toMatch(new RegExp(`^${SEED_BRIEFING_PATH}\\?highlight=cartels`));
    await Promise.all([page.waitForURL(`**${SEED_BRIEFING_PATH}?highlight=cartels`), page.keyboard.press('Enter')]);
    await page.locator('mark.search-highlight').first().waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('"/" opens it too; Escape closes it and gives focus back', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    const latest = page.getByRole('link', { name: 'Latest' });
    await latest.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search briefings' });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(latest.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    await close();
  });

  it('focus moved on before the dialog announces it has closed stays where it went', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    await page.getByRole('link', { name: 'Latest' }).focus();
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Search briefings' }).waitFor();
    // A reader who presses Escape and then Tab at once, on a busy device: focus moves before the
    // dialog's close event, which the browser queues as a task of its own, is handled.
    const focused = await page.evaluate(
      () =>
        new Promise<string | undefined>((resolve) => {
          const dialog = document.querySelector('dialog')!;
          dialog.close();
          document.querySelector<HTMLAnchorElement>('main a[href]')!.focus();
          dialog.addEventListener('close', () =>
            setTimeout(() => resolve(document.activeElement?.closest('main') ? 'main' : document.activeElement?.outerHTML)),
          );
        }),
    );
    expect(focused).toBe('main');
    await close();
  });

  it('without JavaScript the header link leads to the search page', async () => {
    const { page, close } = await browser.open('/', undefined, { javaScriptEnabled: false });
    await page.getByRole('link', { name: /^Search/ }).click();
    await page.waitForURL('**/search/');
    await close();
  });
});
