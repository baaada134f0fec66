import { describe, expect, it } from 'vitest';
import { readSeed, SEED_BRIEFING_PATH } from '../support/seed.ts';
import { useBrowser } from './support/browser.ts';

const seed = readSeed();
const browser = useBrowser();
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the seed briefing on the built site', () => {
  it('is listed on the home page and opens when its title is clicked', async () => {
    const { page, problems, close } = await browser.open('/');
    const link = page.getByRole('link', { name: seed.title });
    await expect(link.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(`**${SEED_BRIEFING_PATH}`), link.click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(seed.title);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the byline and date from the seed', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    const byline = squash((await page.locator('.byline').textContent()) ?? '');
    expect(byline).toContain(seed.author);
    expect(byline).toContain(seed.dateText);
    await expect(page.locator('.byline time').getAttribute('datetime')).resolves.toBe('2025-09-03');
    await close();
  });

  it('keeps every section title, paragraph and Q&A item of the seed word for word', async () => {
    const { page, problems, close } = await browser.open(SEED_BRIEFING_PATH);
    const headings = await page.locator('article h2').allTextContents();
    for (const title of seed.sectionTitles) expect(headings.map(squash)).toContain(title);
    const blocks = (await page.locator('article p, article li').allTextContents()).map(squash);
    for (const paragraph of seed.paragraphs) expect(blocks).toContain(squash(paragraph));
    const pairs = await page
      .locator('#key-questions-and-answers .qa-pair')
      .evaluateAll((items) => items.map((item) => `${item.querySelector('h3')?.textContent} ${item.querySelector('.qa-answer')?.textContent}`));
    expect(pairs.map(squash)).toEqual(seed.qaItems.map(squash));
    expect(seed.paragraphs.length + seed.qaItems.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await close();
  });

  it('gives every h2 an id and a visible, named anchor link to it', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    const headings = await page.locator('article h2').all();
    expect(headings.length).toBe(seed.sectionTitles.length);
    for (const heading of headings) {
      const id = await heading.getAttribute('id');
      expect(id).toMatch(/^[a-z0-9-]+$/);
      const anchor = page.locator(`a.anchor-link[href="#${id}"]`);
      await expect(anchor.isVisible()).resolves.toBe(true);
      const name = await anchor.evaluate((a) => (a as HTMLElement).innerText);
      expect(name).toContain(`Section titled “${squash((await heading.textContent()) ?? '')}”`);
      await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    }
    await close();
  });

  it('is usable at 375px: no sideways scrolling and the text fits the screen', async () => {
    const { page, problems, close } = await browser.open(SEED_BRIEFING_PATH, { width: 375, height: 740 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const lead = page.getByText(seed.paragraphs[0] ?? '');
    const box = await lead.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    const fontSize = await lead.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect(problems).toEqual([]);
    await close();
  });
});
