import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

// Briefings of tests/fixtures/hostile/published/2025/11/, in the built hostile site.
const browser = useBrowser('hostileSiteURL');

describe('names and ids written in a briefing cannot break its page', () => {
  it('<img name="addEventListener"> leaves document functions and the search shortcut working, with no id twice', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/clobbering-names-and-ids/');
    const state = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return {
        addEventListener: typeof document.addEventListener,
        getElementById: typeof document.getElementById,
        duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
        main: document.querySelectorAll('#main').length,
        mainIsLayout: document.getElementById('main')?.tagName,
        headings: [...document.querySelectorAll('main h2[id]')].map((heading) => heading.id),
        blockLink: document.querySelector('a[href*="main"]:not(.skip-link):not(.anchor-link)')?.getAttribute('href'),
      };
    });
    expect(state).toMatchObject({ addEventListener: 'function', getElementById: 'function', duplicates: [], main: 1, mainIsLayout: 'MAIN' });
    expect(state.headings).toContain('what-changes-for-drivers');
    expect(state.blockLink).toBe('#user-content-main');
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Search briefings' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('headings named like the page’s own ids, or with no letters, keep every id unique and the page’s scripts working', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/headings-that-meet-the-page/');
    const state = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return {
        duplicates: ids.filter((id, index) => ids.indexOf(id) !== index),
        unusable: ids.filter((id) => !/^[a-z]/i.test(id)),
        messagesBlock: document.getElementById('ui-messages')?.tagName,
        question: document.querySelector('#key-questions-and-answers h3')?.id,
        contents: [...document.querySelectorAll('.toc a')].map((link) => link.getAttribute('href')),
        emptyHeadings: [...document.querySelectorAll('main h2, main h3')].filter((heading) => heading.textContent?.trim() === '').length,
      };
    });
    expect(state).toMatchObject({ duplicates: [], unusable: [], messagesBlock: 'SCRIPT', emptyHeadings: 0 });
    expect(state.question).toBe('q-when-do-night-trams-start');
    // Every entry of the contents leads to a heading of its own.
    expect(state.contents.filter((href) => href === '#' || href === null)).toEqual([]);
    expect(new Set(state.contents).size).toBe(state.contents.length);
    // The search dialog reads its words from the messages block, so it opens.
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search briefings' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('<style> and similar elements show none of their content', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/style-and-raw-text-elements/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('The first bus leaves the station at midnight.');
    expect(text).not.toMatch(/display:none|Turn on scripts|typed text|hidden template|svg text|color:red/);
    await expect(page.locator('body').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});
