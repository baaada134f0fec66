import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../kit/chromium.ts';

/**
 * One headless Chromium per test file, opening pages of one served site (the real one unless
 * a fixture site is named), plus a helper that opens a page and records console
 * errors and failed requests so a test can assert there were none.
 */
export type ServedSite = 'siteURL' | 'basicSiteURL' | 'qaEdgeSiteURL' | 'newsBaseSiteURL' | 'newsroomSiteURL' | 'hostileSiteURL' | 'pseudoLocaleSiteURL';

/** `site` names a site served by the global setup, or gives the origin of one a test serves itself. */
export function useBrowser(site: ServedSite | (() => string) = 'siteURL') {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(path: string, viewport = { width: 1280, height: 900 }, { initScript, ...options }: { javaScriptEnabled?: boolean; initScript?: string } = {}) {
      const context = await browser.newContext({ viewport, ...options });
      // Waits end when the page is ready; the limit only stops a hang on a busy machine.
      context.setDefaultTimeout(120_000);
      const page = await context.newPage();
      // Runs in the page before any of its own scripts.
      if (initScript) await page.addInitScript(initScript);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A request the page itself cancelled by moving on (net::ERR_ABORTED, e.g. search filters still
      // loading when a result is opened on a busy machine) is not a fault of the site.
      page.on('requestfailed', (request) => {
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(new URL(path, typeof site === 'function' ? site() : inject(site)).href);
      return { page, problems, close: () => context.close() };
    },
  };
}

export type { Page };
