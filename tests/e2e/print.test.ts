import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './audit/support/axe.ts';
import { useBrowser } from './support/browser.ts';

// The basic fixture site: a briefing with links, a topic list and Key Questions.
const browser = useBrowser('basicSiteURL');
const BRIEFING = '/briefings/2025/10/fuel-theft-crackdown/';

describe('printing a briefing', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`with a ${colorScheme} colour scheme, prints dark text and links on white that pass WCAG AA contrast`, async () => {
      const { page, close } = await browser.open(BRIEFING);
      await page.emulateMedia({ media: 'print', colorScheme });
      const colours = await page.evaluate(() => {
        const link = document.querySelector('.prose a[href]');
        return { background: getComputedStyle(document.body).backgroundColor, link: link ? getComputedStyle(link).color : '' };
      });
      expect(colours.background).toBe('rgb(255, 255, 255)');
      expect(colours.link).not.toBe('');
      const contrast = (await axeViolations(page)).filter((violation) => violation.rule === 'color-contrast');
      expect(describeViolations(BRIEFING, contrast)).toEqual([]);
      await close();
    });
  }

  it('prints the site name and the page address, which the screen does not show', async () => {
    const { page, close } = await browser.open(BRIEFING);
    const masthead = page.locator('.print-masthead');
    await expect(masthead.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(masthead.isVisible()).resolves.toBe(true);
    await expect(masthead.textContent()).resolves.toBe(`The Daily Briefing · https://briefings.example.com${BRIEFING}`);
    await close();
  });
});
