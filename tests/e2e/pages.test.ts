import { describe, expect, it } from 'vitest';
import { SEED_BRIEFING_PATH } from '../support/seed.ts';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('pages every reader meets', () => {
  it('the skip link is the first stop of the keyboard and moves focus to the main content', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await close();
  });

  it('an unknown address answers 404 with a page that leads back to the briefings', async () => {
    const { page, problems, close } = await browser.open('/briefings/1999/01/no-such-briefing/');
    // The only failure is the 404 of the document itself (Chromium also logs it to the console).
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([expect.stringMatching(/^HTTP 404: .*no-such-briefing\/$/)]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await page.getByRole('link', { name: 'Go to the latest briefings' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Latest briefings');
    await close();
  });

  it('every page declares its language, a title, a description and a canonical URL', async () => {
    for (const path of ['/', SEED_BRIEFING_PATH]) {
      const { page, close } = await browser.open(path);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.title()).resolves.toMatch(/The Daily Briefing/);
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/\w{3,}/);
      await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(new RegExp(`^https?://[^/]+${path}$`));
      await close();
    }
  });
});
