import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { trackRequests } from './support/network.ts';
import { BRIEFING_WITH_TOC, PAGE_TYPES, SEARCH_WORD, VIEWPORTS } from './support/page-types.ts';
import { BUILT_SITES, pagesOfEachKind } from './support/sites.ts';

// No console errors, uncaught exceptions, failed requests or HTTP errors: on a page of every
// kind and every briefing of every built site as it loads (desktop width), and on each page
// type of the newsroom site while it is used (phone width).

/** Problems other than the expected 404 of a not-found page's own document. */
const unexpected = (problems: string[], url: string, status: number | undefined) =>
  status === 404 ? problems.filter((problem) => problem !== `HTTP 404: ${url}` && !/status of 404 \(Not Found\)$/.test(problem)) : problems;

const browser = useBrowser('newsroomSiteURL');

describe('every built site', () => {
  it.each(BUILT_SITES)('the $label loads a page of every kind, and every briefing, without a console error or failed request', async (site) => {
    const queue = pagesOfEachKind(site);
    const found: string[] = [];
    // A few tabs at once; each waits for its page's requests to finish before moving on.
    const tabs = await Promise.all(Array.from({ length: 3 }, () => browser.open('about:blank')));
    try {
      await Promise.all(
        tabs.map(async ({ page, problems }) => {
          const network = trackRequests(page);
          for (let built = queue.shift(); built; built = queue.shift()) {
            const before = problems.length;
            await network.goto(new URL(built.path, inject(site.name)).href);
            await network.settled(50);
            found.push(
              ...problems
                .slice(before)
                .filter((problem) => !network.wasCancelled(problem))
                .map((problem) => `${built.path}: ${problem}`),
            );
          }
        }),
      );
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()));
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});

describe('the newsroom site in use', () => {
  const viewport = VIEWPORTS[0];

  it.each(PAGE_TYPES)(`$name ($path) at ${viewport.name}: no console error or failed request`, async (pageType) => {
    const { page, problems, close } = await browser.open(pageType.path, viewport.size);
    try {
      const network = trackRequests(page);
      await pageType.prepare?.(page);
      await network.settled();
      const found = unexpected(problems, page.url(), pageType.status);
      expect(found, `${pageType.name}, ${viewport.name}:\n${found.join('\n')}`).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a briefing opened from a search result marks the words without a console error or failed request', async () => {
    const { page, problems, close } = await browser.open(`${BRIEFING_WITH_TOC}?highlight=${SEARCH_WORD}`);
    try {
      const network = trackRequests(page);
      await page.locator('mark.search-highlight').first().waitFor();
      await network.settled();
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await close();
    }
  });
});
