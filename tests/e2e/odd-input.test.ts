import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { buildSite, ROOT, serveSite } from './support/site.ts';

// tests/fixtures/sites/odd-input, plus a 2 MB briefing written here (too big to keep in git).
const WORK = join(ROOT, '.test-output/odd-input');
let origin = '';
let server: { close: () => Promise<void> } | undefined;
const browser = useBrowser(() => origin);

/** A 2 MB briefing: the seed article's paragraphs, repeated under 400 numbered sections. */
function hugeBriefing(): string {
  const seed = readFileSync(join(ROOT, 'content/briefings/2025/09/us-mexico-security-group.md'), 'utf8');
  const paragraphs =
    seed
      .split('\n---\n')
      .slice(1)
      .join('')
      .split('## Key Questions')[0]
      ?.split('\n\n')
      .filter((p) => p.trim() && !p.startsWith('#')) ?? [];
  const sections: string[] = [];
  for (let i = 1; Buffer.byteLength(sections.join('\n\n')) < 2 * 1024 * 1024; i++) {
    sections.push(`## Part ${i} of the record\n\n${paragraphs.join('\n\n')}`);
  }
  return `---\ntitle: The Full Record of the Security Talks\ndate: 2025-11-05\ntopics: [security]\n---\n\nThis briefing carries the full record of the talks.\n\n${sections.join('\n\n')}\n`;
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'briefings/2025/11'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/sites/odd-input/briefings'), join(WORK, 'briefings'), { recursive: true });
  writeFileSync(join(WORK, 'briefings/2025/11/full-record.md'), hugeBriefing());
  const site = await serveSite(buildSite({ briefingsDir: join(WORK, 'briefings'), outDir: join(WORK, 'site') }));
  origin = site.url;
  server = site;
});

afterAll(async () => {
  await server?.close();
});

describe('odd but valid input builds into good pages', () => {
  it('a 2 MB briefing builds, with every section and its table of contents', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/full-record/');
    const parts = await page.locator('article h2[id^="part-"]').count();
    expect(parts).toBeGreaterThan(300);
    await expect(page.locator('article h2[id^="part-"]').last().getAttribute('id')).resolves.toBe(`part-${parts}-of-the-record`);
    await expect(page.locator('.toc a[href="#part-1-of-the-record"]').count()).resolves.toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('nested lists, emoji, right-to-left text and headings with the same title keep their shape; no sideways scroll on a phone', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/11/nested-lists-and-long-words/', { width: 375, height: 740 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Port Strike Enters Its Second Week 🚢');
    await expect(page.locator('article li li li li li li').count()).resolves.toBe(1);
    await expect(page.locator('article blockquote').textContent()).resolves.toContain('«الموانئ هي شريان الاقتصاد»');
    const ids = await page.locator('article h2').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.filter((id) => id.startsWith('what-the-union-wants'))).toEqual(['what-the-union-wants', 'what-the-union-wants-1']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('a file saved with Windows line endings and a byte-order mark reads like any other', async () => {
    const { page, close } = await browser.open('/briefings/2025/11/windows-line-endings-and-bom/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Rail Fares to Rise in January');
    await expect(page.locator('article h2').allTextContents()).resolves.toEqual(expect.arrayContaining(['Which routes are affected', 'What passengers say']));
    const html = await page.content();
    expect(html).not.toContain('\r');
    expect(html).not.toContain('\uFEFF');
    await close();
  });
});
