import type { Page } from '../../support/browser.ts';

/**
 * The kinds of page a reader meets on the newsroom fixture site, each at one representative
 * address, with what to do after loading so the page is in the state to judge.
 */
export interface PageType {
  name: string;
  path: string;
  /** Brings the page into the state under test, and fails when it cannot. */
  prepare?: (page: Page) => Promise<void>;
  /** The HTTP status the document itself answers with. */
  status?: number;
  /** The state under test is the search dialog open over the page. */
  dialog?: boolean;
}

/** A briefing of the newsroom site with a table of contents and Key Questions and Answers. */
export const BRIEFING_WITH_TOC = '/briefings/2025/11/chiapas-weighs-ballot-counting/';
/** A word that finds several briefings of the newsroom site. */
export const SEARCH_WORD = 'ballot';

/** Waits until a search view (page or dialog) announces its results and shows at least one. */
async function resultsShown(page: Page, scope: string) {
  await page.locator(`${scope} [role="status"]`).filter({ hasText: /found/ }).waitFor();
  await page.locator(`${scope} .search-result`).first().waitFor();
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'front page', path: '/' },
  { name: 'briefing with Q&A and TOC', path: BRIEFING_WITH_TOC },
  { name: 'archive month', path: '/archive/2025/10/' },
  { name: 'topic page', path: '/topics/energy/' },
  { name: 'entity page', path: '/places/chiapas/' },
  { name: 'entity list', path: '/places/' },
  { name: 'entity list A–Z', path: '/places/a-z/' },
  {
    name: 'search page with results',
    path: `/search/?q=${SEARCH_WORD}`,
    prepare: async (page) => {
      await resultsShown(page, '.search-page');
      // The filter counts follow the results; choices with none are disabled, and out of the Tab order.
      await page.locator('.search-page form[data-counts-shown]').waitFor({ state: 'attached' });
    },
  },
  {
    name: 'search dialog open',
    path: '/',
    dialog: true,
    prepare: async (page) => {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Search briefings' }).waitFor();
      await page.keyboard.type(SEARCH_WORD);
      await resultsShown(page, 'dialog[open]');
    },
  },
  { name: '404 page', path: '/no-such-page/', status: 404 },
];

export const VIEWPORTS = [
  { name: 'phone 375px', size: { width: 375, height: 812 } },
  { name: 'desktop 1280px', size: { width: 1280, height: 900 } },
] as const;

export const COLOR_SCHEMES = ['light', 'dark'] as const;
