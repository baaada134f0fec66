import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSiteWithOutput, ROOT } from '../support/site.ts';

// The site built from tests/fixtures/hostile/published: dates with offsets, files in the wrong
// folder or outside any YYYY/MM/ folder, and a file name with an accented letter.
async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(path, inject('hostileSiteURL')));
  return { status: response.status, text: await response.text() };
}

describe('a date-time with its own offset is shown, archived and grouped on the day written', () => {
  it('shows 2025-09-30T23:30-06:00 as September 30 on its page, and links to the September archive', async () => {
    const page = await get('/briefings/2025/09/evening-in-mexico-city/');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<time datetime="2025-09-30">September 30, 2025<\/time>/);
    expect(page.text).toContain('data-date="2025-09-30"');
    expect(page.text).not.toMatch(/October 1, 2025|2025-10-01"/);
  });

  it('archives it in September, under the September 30 heading, and makes no October archive', async () => {
    const september = await get('/archive/2025/09/');
    expect(september.status).toBe(200);
    const day = /<section[^>]*aria-labelledby="day-2025-09-30"[^>]*>([\s\S]*?)<\/section>/.exec(september.text)?.[1] ?? '';
    expect(day).toContain('Tuesday, September 30, 2025');
    expect(day).toContain('/briefings/2025/09/evening-in-mexico-city/');
    expect((await get('/archive/2025/10/')).status).toBe(404);
    expect((await get('/archive/')).text).not.toContain('/archive/2025/10/');
  });

  it('keeps the exact instant in the feeds, in the offset written', async () => {
    const feed = JSON.parse((await get('/feed.json')).text) as { items: Array<{ url: string; date_published: string }> };
    const item = feed.items.find((entry) => entry.url.endsWith('/briefings/2025/09/evening-in-mexico-city/'));
    expect(item?.date_published).toBe('2025-09-30T23:30:00-06:00');
    const rss = await get('/rss.xml');
    const rssItem = rss.text.split('<item>').find((entry) => entry.includes('/briefings/2025/09/evening-in-mexico-city/')) ?? '';
    expect(rssItem).toContain('<pubDate>Tue, 30 Sep 2025 23:30:00 -0600</pubDate>');
  });
});

describe('file names and folders', () => {
  it('publishes Café.md at a plain ASCII address', async () => {
    const page = await get('/briefings/2025/09/cafe/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Corner café reopens after the flood');
  });

  it('publishes files in the wrong folder, or outside YYYY/MM/, at the address their folder gives', async () => {
    expect((await get('/briefings/2025/10/wrong-folder/')).status).toBe(200);
    expect((await get('/briefings/special-reports/outside-year-and-month/')).status).toBe(200);
  });
});

describe('the build warns as the checker does', () => {
  it('names a symbolic link it does not follow, and still publishes the rest', () => {
    const folder = join(ROOT, '.test-output/hostile-links-content');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, 'briefings/2025/09'), { recursive: true });
    const plain = readFileSync(join(ROOT, 'tests/fixtures/hostile/published/2025/09/plain.md'), 'utf8');
    writeFileSync(join(folder, 'briefings/2025/09/plain.md'), plain);
    writeFileSync(join(folder, 'elsewhere.md'), plain.replace('date: 2025-09-10', 'date: 2025-08-10'));
    symlinkSync(join(folder, 'elsewhere.md'), join(folder, 'briefings/2025/09/linked.md'));
    const { out, output } = buildSiteWithOutput({ briefingsDir: join(folder, 'briefings'), outDir: '.test-output/hostile-links' });
    expect(output).toContain(
      '.test-output/hostile-links-content/briefings/2025/09/linked.md: warning: is a symbolic link, which the site does not follow, so it is not published: copy the file itself into the briefings folder instead',
    );
    expect(readFileSync(join(out, 'briefings/2025/09/plain/index.html'), 'utf8')).toContain('Council approves the new bridge budget');
    rmSync(folder, { recursive: true, force: true });
  }, 600_000);
});
