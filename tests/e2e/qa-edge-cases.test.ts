import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

// The briefings in tests/fixtures/sites/qa-edge: awkward shapes for Key Questions and Answers.
const browser = useBrowser('qaEdgeSiteURL');

const cases = [
  { slug: 'no-headings', title: 'Crossings Fall to a Five-Year Low', questions: 'none' },
  { slug: 'duplicate-headings', title: 'Border Deal Draws Mixed Reactions', questions: 'some' },
  { slug: 'formatted-headings', title: 'New Rules on Fuel Theft', questions: 'some' },
  { slug: 'long', title: 'A 5,000-Word Briefing', questions: 'some' },
  { slug: 'spanish', title: 'Grupo de seguridad', questions: 'none' },
  { slug: 'script-injection', title: "Headline with <script>alert('title')</script> in it", questions: 'some' },
] as const;

describe('awkward briefings still give valid pages', () => {
  for (const { slug, title, questions } of cases) {
    it(`${slug}: builds, shows its title, and any Q&A links only to headings that exist`, async () => {
      const { page, problems, close } = await browser.open(`/briefings/2025/10/${slug}/`, { width: 375, height: 740 });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
      const section = page.locator('#key-questions-and-answers');
      await expect(section.count()).resolves.toBe(questions === 'some' ? 1 : 0);
      if (questions === 'some') {
        const count = await section.locator('h3').count();
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(4);
        for (const href of await section.locator('.qa-from a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
          await expect(page.locator(`[id="${href.slice(1)}"]`).count()).resolves.toBe(1);
        }
      }
      const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
      expect(new Set(ids).size).toBe(ids.length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    });
  }
});
