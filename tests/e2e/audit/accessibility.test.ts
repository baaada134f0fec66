import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { COLOR_SCHEMES, PAGE_TYPES, VIEWPORTS } from './support/page-types.ts';

// axe-core with the WCAG 2.2 A/AA rules on every page type of the newsroom fixture site, in the
// light and dark themes, at phone and desktop widths.
const browser = useBrowser('newsroomSiteURL');

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  describe.each(PAGE_TYPES)('$name ($path)', (pageType) => {
    it.each(VIEWPORTS)('at $name, light and dark', async (viewport) => {
      const { page, close } = await browser.open(pageType.path, viewport.size);
      try {
        await pageType.prepare?.(page);
        const found: string[] = [];
        for (const colorScheme of COLOR_SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await expect(page.evaluate((scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches, colorScheme)).resolves.toBe(true);
          found.push(...describeViolations(`${pageType.name}, ${colorScheme}, ${viewport.name}`, await axeViolations(page)));
        }
        expect(found, found.join('\n')).toEqual([]);
      } finally {
        await close();
      }
    });
  });
});

describe('the axe check itself', () => {
  it('reports a violation with its rule, impact and target', async () => {
    const { page, close } = await browser.open('/archive/');
    try {
      await page.evaluate(() => {
        const faint = document.createElement('p');
        faint.className = 'planted';
        faint.textContent = 'Faint text';
        faint.style.color = '#dddddd';
        document.querySelector('main')?.append(faint);
      });
      const lines = describeViolations('archive', await axeViolations(page));
      expect(lines).toEqual([expect.stringMatching(/^archive: \[color-contrast, serious\] .* — \.planted — .*contrast of 1\.\d+/)]);
    } finally {
      await close();
    }
  });
});
