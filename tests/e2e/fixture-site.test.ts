import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

// Expectations come from the front matter in tests/fixtures/sites/basic/briefings.
const browser = useBrowser('basicSiteURL');
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a site built from a fixture folder (BRIEFINGS_DIR)', () => {
  it('lists published briefings newest first and leaves the draft out', async () => {
    const { page, problems, close } = await browser.open('/');
    const titles = (await page.locator('main .briefing-card-title').allTextContents()).map(squash);
    expect(titles).toEqual([
      'Election Night: What We Know',
      'Border Crossings Reach a Five-Year Low',
      'Pipeline Taps Fall as Mexico Tightens Fuel Theft Patrols',
      'Security Group Briefing Without a Q&A Block',
      'Zephyrine Notes Kept Out of Search',
    ]);
    expect(problems).toEqual([]);
    await close();
  });

  it('does not build a page for a draft', async () => {
    const { page, close } = await browser.open('/briefings/2025/10/cabinet-draft/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await close();
  });

  it('derives the address from the file path, slugging the file name', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/election-night-wrap/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Election Night: What We Know');
    await expect(page.title()).resolves.toBe('Election Night: What We Know – The Daily Briefing');
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the editor’s dek, byline, date, update, topics without duplicates, and the captioned image', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/10/fuel-theft-crackdown/');
    const header = page.locator('article header');
    await expect(header.locator('.dek').textContent()).resolves.toBe(
      'Illegal taps on the state oil company’s pipelines fell by a third after soldiers took over patrols.',
    );
    const byline = squash(await header.locator('.byline').textContent());
    expect(byline).toBe('By Ana Torres · October 14, 2025 · Updated October 15, 2025 · 1 min read');
    await expect(header.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))).resolves.toEqual(['2025-10-14', '2025-10-15']);
    await expect(header.getByRole('list', { name: 'Topics' }).getByRole('listitem').allTextContents()).resolves.toEqual(['Mexico', 'Fuel Theft']);
    const image = page.getByRole('img', { name: 'The site’s logo, standing in for a photograph of a pipeline' });
    await expect(image.isVisible()).resolves.toBe(true);
    expect(squash(await page.locator('figure figcaption').textContent())).toBe('A pipeline valve in Hidalgo. Fixture photo');
    expect(problems).toEqual([]);
    await close();
  });

  it('on a phone the byline wraps between its items, never leaving a separator at the end of a line', async () => {
    const { page, close } = await browser.open('/briefings/2025/10/fuel-theft-crackdown/', { width: 375, height: 812 });
    const lines = await page.locator('.byline').evaluate((byline) => {
      // The line (its top) of each separator, and of the first word after it.
      const top = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return Math.round(range.getClientRects()[0]?.top ?? Number.NaN);
      };
      const texts = document.createTreeWalker(byline, NodeFilter.SHOW_TEXT);
      const words: Text[] = [];
      for (let node = texts.nextNode(); node; node = texts.nextNode()) if ((node.textContent ?? '').trim() !== '') words.push(node as Text);
      return [...byline.querySelectorAll('.sep')].map((sep) => {
        const next = words.find((word) => !sep.contains(word) && sep.compareDocumentPosition(word) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { sep: top(sep), next: next ? top(next) : Number.NaN };
      });
    });
    const bylineTops = new Set(lines.map((line) => line.sep));
    expect(bylineTops.size, 'the byline fits on one line at 375 px, so this test proves nothing').toBeGreaterThan(1);
    for (const line of lines) expect(line.next).toBe(line.sep);
    await close();
  });

  it('summarises a briefing without `summary` by its lead’s first sentences on listings, not twice on its page', async () => {
    const home = await browser.open('/');
    const card = home.page.locator('article', { has: home.page.getByRole('link', { name: 'Border Crossings Reach a Five-Year Low' }) });
    expect(squash(await card.locator('p').nth(1).textContent())).toBe(
      'Crossings at the southern border fell to their lowest level in five years in October, officials said. ' +
        'The figures cover every port of entry and the desert in between.',
    );
    await home.close();
    const { page, close } = await browser.open('/briefings/2025/11/border-crossings/');
    await expect(page.locator('article header .dek').count()).resolves.toBe(0);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/^Crossings at the southern border fell/);
    await close();
  });
});
