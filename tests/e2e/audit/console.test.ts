import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { trackRequests } from './support/network.ts';
import { BRIEFING_WITH_TOC, PAGE_TYPES, SEARCH_WORD, VIEWPORTS } from './support/page-types.ts';

// No console errors, uncaught exceptions, failed requests or HTTP errors on each page type of
// the newsroom site while it is used (phone width). Every page of every built site, as it loads,
// is checked in every-page.test.ts.

/** Problems other than the expected 404 of a not-found page's own document. */
const unexpected = (problems: string[], url: string, status: number | undefined) =>
  status === 404 ? problems.filter((problem) => problem !== `HTTP 404: ${url}` && !/status of 404 \(Not Found\)$/.test(problem)) : problems;

const browser = useBrowser('newsroomSiteURL');

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
