import { describe, expect, it } from 'vitest';
import { type Page, useBrowser } from '../support/browser.ts';
import { type FocusStop, focusEach, focusStop, tabAround, tabbableElements } from './support/keyboard.ts';
import { COLOR_SCHEMES, PAGE_TYPES, SEARCH_WORD, VIEWPORTS } from './support/page-types.ts';

// Keyboard use of every page type of the newsroom fixture site, at phone and desktop widths.
// Motion is reduced so that focusing an element scrolls to it at once rather than smoothly.
const browser = useBrowser('newsroomSiteURL');

const problemsOf = (where: string, stops: FocusStop[]) => stops.flatMap((stop) => stop.problems.map((problem) => `${where}: ${stop.label} ${problem}`));

/**
 * Tabs once around the page: Tab must come back to where it started after reaching every element
 * it should. Then every stop must show its focus, in each colour scheme: in the first as Tab
 * reaches it, in the others focused from script (the order does not change with the colours).
 */
async function tabAroundInEachScheme(page: Page, where: string) {
  const expected = await tabbableElements(page);
  expect(expected.length, `${where}: nothing to tab to`).toBeGreaterThan(0);
  const limit = expected.length * 2 + 5;
  const [firstScheme, ...otherSchemes] = COLOR_SCHEMES;
  await page.emulateMedia({ colorScheme: firstScheme, reducedMotion: 'reduce' });
  const walk = await tabAround(page, limit);
  const reached = walk.stops.map((stop) => stop.label).join(', ');
  expect(walk.cycled, `${where}: Tab did not come back to where it started within ${limit} presses; reached ${reached}`).toBe(true);
  const visited = new Set(walk.stops.map((stop) => stop.key));
  const missed = expected.filter((element) => !visited.has(element.key)).map((element) => element.label);
  expect(missed, `${where}: Tab never reached these; it reached ${reached}`).toEqual([]);
  const found = problemsOf(`${where}, ${firstScheme}`, walk.stops);
  for (const colorScheme of otherSchemes) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    found.push(
      ...problemsOf(
        `${where}, ${colorScheme}`,
        await focusEach(
          page,
          walk.stops.map((stop) => stop.key),
        ),
      ),
    );
  }
  expect(found, found.join('\n')).toEqual([]);
  return walk.stops;
}

describe.each(PAGE_TYPES.filter((type) => !type.dialog))('keyboard on the $name ($path)', (pageType) => {
  it.each(VIEWPORTS)('at $name: the skip link works, focus is always visible, and Tab cycles through the page', async (viewport) => {
    const { page, close } = await browser.open(pageType.path, viewport.size);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await pageType.prepare?.(page);
      const where = `${pageType.name}, ${viewport.name}`;

      await page.keyboard.press('Tab');
      const skip = await focusStop(page);
      expect(skip.label, `${where}: the first Tab stop`).toMatch(/^<a\.skip-link> “Skip to content”/);
      expect(skip.problems, `${where}: skip link`).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => [document.activeElement?.id, location.hash])).resolves.toEqual(['main', '#main']);
      await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.closest('main') !== null),
        `${where}: Tab after the skip link leaves the main content`,
      ).resolves.toBe(true);

      await tabAroundInEachScheme(page, where);
    } finally {
      await close();
    }
  });
});

describe('the search dialog by keyboard', () => {
  /** Opens the dialog from the header's Search link by keyboard and searches, leaving focus in the field. */
  async function openDialogFromLink(page: Page) {
    const link = page.locator('.site-header a[data-search-trigger]');
    for (let press = 0; press < 10 && !(await link.evaluate((a) => a === document.activeElement)); press += 1) await page.keyboard.press('Tab');
    await expect(
      link.evaluate((a) => a === document.activeElement),
      'the Search link is within the first ten Tab stops',
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search briefings' });
    await dialog.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-dialog-input');
    await page.keyboard.type(SEARCH_WORD);
    await dialog.locator('.search-result').first().waitFor();
    return dialog;
  }

  it.each(VIEWPORTS)('at $name: while open, Tab stays in the dialog and shows focus; Escape closes it and gives the page back', async (viewport) => {
    const { page, close } = await browser.open('/', viewport.size);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const dialog = await openDialogFromLink(page);
      const stops = await tabAroundInEachScheme(page, `search dialog, ${viewport.name}`);
      expect(
        stops.filter((stop) => !stop.inDialog).map((stop) => stop.label),
        'focus left the open dialog',
      ).toEqual([]);
      expect(stops.length).toBeGreaterThanOrEqual(3); // the field, Close, a result

      // Escape from a result closes the dialog and returns focus to the Search link.
      await page.keyboard.press('Tab');
      expect((await focusStop(page)).label).not.toMatch(/search-dialog-input/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect(page.evaluate(() => document.activeElement?.matches('.site-header a[data-search-trigger]'))).resolves.toBe(true);
      await page.keyboard.press('Tab');
      const next = await focusStop(page);
      expect(next.inDialog, `after Escape, Tab went to ${next.label}`).toBe(false);
      expect(next.key).not.toBe('body');
      const pageWalk = await tabAround(page, (await tabbableElements(page)).length * 2 + 5);
      expect(pageWalk.cycled).toBe(true);
      expect(pageWalk.stops.some((stop) => stop.inDialog)).toBe(false);
      const labels = (walk: FocusStop[]) => walk.map((stop) => stop.label).join(', ');
      expect(pageWalk.stops.length, `the page: ${labels(pageWalk.stops)}; the dialog: ${labels(stops)}`).toBeGreaterThan(stops.length);
    } finally {
      await close();
    }
  });

  it('one Escape in the search field closes the dialog, even with a query typed', async () => {
    const { page, close } = await browser.open('/');
    try {
      const dialog = await openDialogFromLink(page);
      await dialog.locator('input').fill('border');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect(page.evaluate(() => document.activeElement?.matches('.site-header a[data-search-trigger]'))).resolves.toBe(true);
    } finally {
      await close();
    }
  });
});

describe('the focus check itself', () => {
  it('reports a focus outline that is missing, faint or cut off, and a page that holds on to focus', async () => {
    const { page, close } = await browser.open('/archive/', { width: 1280, height: 900 });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // A constructed style sheet, which the page's Content-Security-Policy does not govern.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`.site-name:focus-visible { outline: none }
          .site-header li:nth-child(1) a:focus-visible { outline-color: #eeeeee; }
          .site-header ul { overflow: hidden !important }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      const stops: FocusStop[] = [];
      for (let press = 0; press < 3; press += 1) {
        await page.keyboard.press('Tab');
        stops.push(await focusStop(page));
      }
      const expected = [
        expect.stringMatching(/^has no focus outline/),
        expect.stringMatching(/^focus outline rgb\(238, 238, 238\) has contrast 1\.\d+:1/),
        expect.stringMatching(/^focus outline is cut by \d+px by <ul/),
      ];
      expect(stops.flatMap((stop) => stop.problems)).toEqual(expected);
      // Focused from script, the same elements show the same problems.
      const again = await focusEach(
        page,
        stops.map((stop) => stop.key),
      );
      expect(again.flatMap((stop) => stop.problems)).toEqual(expected);
      // A link that sends focus back to itself on Tab traps the keyboard.
      await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('main a')!;
        link.addEventListener('keydown', (event) => event.key === 'Tab' && event.preventDefault());
      });
      const walk = await tabAround(page, 40);
      expect(walk.cycled).toBe(false);
    } finally {
      await close();
    }
  });
});
