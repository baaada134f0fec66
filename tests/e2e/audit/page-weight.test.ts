import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { type Page, useBrowser } from '../support/browser.ts';
import { trackRequests } from './support/network.ts';
import { assetsOf, fileOf, gzipSize, kb } from './support/page-weight.ts';
import { BUILT_SITES, builtPages } from './support/sites.ts';

// Page weight budgets for briefing pages, from the built files (gzip sizes): HTML at most
// 14 KB, CSS at most 8 KB in all, no script file loaded before the reader opens search (a
// table-of-contents script, if there is one, at most 2 KB), and no web fonts.
const HTML_BUDGET = 14 * 1024;
const CSS_BUDGET = 8 * 1024;
const TOC_SCRIPT_BUDGET = 2 * 1024;

const basic = BUILT_SITES.find((site) => site.name === 'basicSiteURL')!;
// Two briefings of the basic fixture site: one with a table of contents, one without.
const WITH_TOC = '/briefings/2025/09/security-group-without-qa-block/';
const WITHOUT_TOC = '/briefings/2025/11/border-crossings/';

const briefingsOf = (site: (typeof BUILT_SITES)[number]) => builtPages(site).filter((page) => page.path.startsWith(`${site.base}briefings/`));

const browser = useBrowser('basicSiteURL');

/** The script only a page with a table of contents has: files and inline code it runs that the other page does not. */
async function tocScript(page: Page) {
  const [withToc, withoutToc] = await Promise.all(
    [WITH_TOC, WITHOUT_TOC].map((path) => assetsOf(page, builtPages(basic).find((built) => built.path === path)!)),
  );
  return {
    files: withToc!.scriptFiles.filter((src) => !withoutToc!.scriptFiles.includes(src)),
    inline: withToc!.inlineScripts.filter((code) => !withoutToc!.inlineScripts.includes(code)),
  };
}

describe('briefing page weight', () => {
  it('the HTML of every briefing of every built site is at most 14 KB', () => {
    const over = BUILT_SITES.flatMap((site) => briefingsOf(site).map((page) => ({ page, size: gzipSize(readFileSync(page.file)) })))
      .filter(({ size }) => size > HTML_BUDGET)
      .map(({ page, size }) => `${page.file}: ${kb(size)}`);
    expect(over, over.join('\n')).toEqual([]);
  });

  it('the CSS of every briefing is at most 8 KB in all, and declares no web font', async () => {
    const { page, close } = await browser.open('about:blank');
    const problems: string[] = [];
    try {
      for (const site of BUILT_SITES) {
        for (const built of briefingsOf(site)) {
          const assets = await assetsOf(page, built);
          expect(assets.stylesheets.length + assets.inlineStyles.length, `${built.path} has no CSS`).toBeGreaterThan(0);
          const css = [...assets.stylesheets.map((href) => readFileSync(fileOf(site, href), 'utf8')), ...assets.inlineStyles];
          const size = css.reduce((sum, text) => sum + gzipSize(text), 0);
          if (size > CSS_BUDGET) problems.push(`${site.label} ${built.path}: CSS is ${kb(size)} (${assets.stylesheets.join(', ')})`);
          if (css.some((text) => /@font-face|@import/i.test(text))) problems.push(`${site.label} ${built.path}: CSS declares a web font or imports more CSS`);
        }
      }
    } finally {
      await close();
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no font file is built into any site', () => {
    const fonts = BUILT_SITES.flatMap((site) =>
      readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(woff2?|ttf|otf|eot)$/i.test(name)),
    );
    expect(fonts).toEqual([]);
  });

  it('the table-of-contents script is at most 2 KB', async () => {
    const { page, close } = await browser.open('about:blank');
    try {
      const script = await tocScript(page);
      const code = [...script.files.map((src) => readFileSync(fileOf(basic, src))), ...script.inline];
      const size = code.reduce((sum, text) => sum + gzipSize(text), 0);
      expect(size, `table-of-contents script: ${kb(size)} (${script.files.join(', ') || 'inline'})`).toBeLessThanOrEqual(TOC_SCRIPT_BUDGET);
    } finally {
      await close();
    }
  });

  it.each([
    { name: 'a briefing without a table of contents', path: WITHOUT_TOC, toc: false },
    { name: 'a briefing with a table of contents', path: WITH_TOC, toc: true },
  ])('$name loads no script file and no font until the reader opens search', async ({ path, toc }) => {
    const { page, close } = await browser.open('about:blank');
    try {
      const network = trackRequests(page);
      const loaded: Array<{ type: string; url: string }> = [];
      page.on('request', (request) => loaded.push({ type: request.resourceType(), url: request.url().replace(inject('basicSiteURL'), '') }));
      await page.goto(new URL(path, inject('basicSiteURL')).href);
      await network.settled();
      await expect(page.locator('[data-toc]').count()).resolves.toBe(toc ? 1 : 0);
      const tocFiles = new Set(toc ? (await tocScript(page)).files.map((src) => new URL(src, inject('basicSiteURL')).pathname) : []);
      const scripts = loaded.filter((request) => request.type === 'script' && !tocFiles.has(request.url));
      expect(
        scripts.map((request) => request.url),
        'script files loaded before search was opened',
      ).toEqual([]);
      expect(
        loaded.filter((request) => request.type === 'font').map((request) => request.url),
        'fonts downloaded',
      ).toEqual([]);
      expect(loaded.filter((request) => request.type === 'stylesheet').length).toBeGreaterThan(0);

      // Opening search is what loads the search code.
      const before = loaded.length;
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Search briefings' }).waitFor();
      expect(loaded.slice(before).filter((request) => request.type === 'script').length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
