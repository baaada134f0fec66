import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

// The newsroom fixture has every page type: listings, topics, entities, briefings with a table
// of contents and Key Questions, search.
const browser = useBrowser('newsroomSiteURL');

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' at line ' + event.lineNumber);
  });
`;

async function violationsOn(path: string, act?: (page: import('playwright-core').Page) => Promise<void>) {
  const { page, problems, close } = await browser.open(path, { width: 1280, height: 900 }, { initScript: RECORD_VIOLATIONS });
  await page.waitForLoadState('load');
  if (act) await act(page);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  await close();
  return { policy, violations, problems };
}

describe('the Content-Security-Policy', () => {
  it('every page declares a policy with no unsafe-inline or unsafe-eval, only wasm-unsafe-eval for search', async () => {
    const { policy } = await violationsOn('/');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('blocks script that gets into a page anyway, and the violation is seen', async () => {
    const { violations } = await violationsOn('/', async (page) => {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.__injected = true">');
      });
      // Both attempts are reported as violations; only then is it certain neither ran.
      await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= 2);
      expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    });
    expect(violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/), expect.stringMatching(/^script-src-attr blocked inline/)]);
  });

  const pages = ['/', '/page/2/', '/archive/', '/archive/2025/10/', '/topics/', '/people/', '/places/', '/search/', '/no-such-page/'];
  for (const path of pages) {
    it(`${path}: no violation, no console error`, async () => {
      const { violations, problems } = await violationsOn(path);
      expect(violations).toEqual([]);
      // The 404 page is served with status 404, which Chromium logs as a failed resource.
      const expected404 = path === '/no-such-page/' ? /^(HTTP 404|console error: Failed to load resource: .* 404)/ : /^$/;
      expect(problems.filter((problem) => !expected404.test(problem))).toEqual([]);
    });
  }

  it('a briefing page, a topic page and an entity page: no violation', async () => {
    const { page, close } = await browser.open('/topics/', undefined, {});
    const topic = await page.locator('main a[href*="/topics/"]').first().getAttribute('href');
    await page.goto(new URL('/people/', page.url()).href);
    const person = await page.locator('main a[href*="/people/"]').first().getAttribute('href');
    await page.goto(new URL('/', page.url()).href);
    const briefing = await page.locator('main a[href*="/briefings/"]').first().getAttribute('href');
    await close();
    for (const path of [topic, person, briefing]) {
      if (!path) throw new Error('the fixture site lacks a page type');
      const { violations, problems } = await violationsOn(path);
      expect({ path, violations, problems }).toEqual({ path, violations: [], problems: [] });
    }
  });

  it('searching (Pagefind and its WebAssembly), the search dialog and highlighting run within the policy', async () => {
    const search = await violationsOn('/search/', async (page) => {
      await page.locator('#search-page-input').fill('border');
      await page.locator('.search-result').first().waitFor();
    });
    expect(search.violations).toEqual([]);
    expect(search.problems).toEqual([]);

    const dialog = await violationsOn('/', async (page) => {
      await page.keyboard.press('Control+k');
      await page.locator('dialog[open] input').fill('border');
      await page.locator('dialog[open] .search-result').first().waitFor();
    });
    expect(dialog.violations).toEqual([]);
    expect(dialog.problems).toEqual([]);

    const highlighted = await violationsOn('/briefings/2025/09/el-paso-expands-border-patrols/?highlight=border', async (page) => {
      await page.locator('mark.search-highlight').first().waitFor();
    });
    expect(highlighted.violations).toEqual([]);
    expect(highlighted.problems).toEqual([]);
  });
});
