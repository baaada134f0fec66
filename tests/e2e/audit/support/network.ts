import type { Request } from 'playwright-core';
import type { Page } from '../../support/browser.ts';

/**
 * Follows a page's requests so a test can wait until none is in flight, and can tell requests
 * that its own navigation to the next page cancelled (such as a late favicon fetch) from
 * requests that failed.
 */
export function trackRequests(page: Page) {
  const inFlight = new Set<Request>();
  const cancelled = new Set<string>();
  let navigating = false;
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    if (navigating && request.failure()?.errorText === 'net::ERR_ABORTED') cancelled.add(`request failed: ${request.url()}`);
  });
  return {
    /**
     * Resolves once no request has been in flight for `quietMs`; fails after `timeoutMs`, a limit
     * that only stops a hang (a loaded machine can hold a request for seconds).
     */
    async settled(quietMs = 100, timeoutMs = 120_000) {
      const start = Date.now();
      let quietSince = start;
      while (Date.now() - start < timeoutMs) {
        if (inFlight.size > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await page.waitForTimeout(20);
      }
      throw new Error(`requests still in flight after ${timeoutMs} ms: ${[...inFlight].map((request) => request.url()).join(', ')}`);
    },
    /** Goes to the next page; requests of the last one that this cancels are not failures. */
    async goto(url: string) {
      navigating = true;
      try {
        return await page.goto(url);
      } finally {
        navigating = false;
      }
    },
    /** Whether a recorded problem is a request that `goto` cancelled. */
    wasCancelled: (problem: string) => cancelled.has(problem),
  };
}
