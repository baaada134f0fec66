import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { site } from '../../src/site.config.ts';
import { type Page, useBrowser } from './support/browser.ts';
import { ROOT } from './support/site.ts';
import { SERVED_SITES } from './support/served-sites.ts';

// A site built with `lang` set to the pseudo-language en-XA (every word of the English table
// accented and bracketed, src/i18n/pseudo-locale.ts) must show no English word of its own: a
// word that is still English on any page was written outside the table.

const definition = SERVED_SITES.find((each) => each.name === 'pseudoLocaleSiteURL')!;
const OUT = join(ROOT, definition.outDir);
const SOURCES = join(ROOT, definition.briefingsDir!);

/**
 * The literal text of every English message, cut at its placeholders: what must not show up.
 * A short piece between placeholders ("of", "in", "from") is any text's word too, so only
 * whole messages and pieces of five letters or more count.
 */
const ENGLISH = [
  ...new Set(
    Object.values(en)
      .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
      .flatMap((text) => text.split(/\{\w+\}/).map((fragment) => ({ fragment: fragment.trim(), whole: fragment === text })))
      .filter(({ fragment, whole }) => /[A-Za-z]/.test(fragment) && (whole || fragment.replace(/[^A-Za-z]/g, '').length >= 5))
      .map(({ fragment }) => fragment),
  ),
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each English fragment as a whole-word pattern: "Page" is found in "Page 2", not in "Pages". */
const PATTERNS = ENGLISH.map((fragment) => ({ fragment, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(fragment)}(?![\\p{L}\\p{N}])`, 'u') }));

/**
 * The English fragments a text holds, once what is not a UI word is taken out: the site's own
 * name and description (settings), addresses, and the names of placeholders.
 */
function englishIn(text: string): string[] {
  const stripped = text
    .split(site.title)
    .join(' ')
    .split(site.description)
    .join(' ')
    .replace(/https?:\/\/\S+|\{\w+\}/g, ' ');
  return PATTERNS.filter(({ pattern }) => pattern.test(stripped)).map(({ fragment }) => fragment);
}

/** Attributes whose values a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['ariaLabel', 'title', 'placeholder', 'alt', 'content', 'dataLabel', 'dataKinds'];

/** Every text a reader of the page sees or hears: text, shown attributes, and the messages handed to its scripts. */
function shownTexts(tree: Root): string[] {
  const texts: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      for (const name of SHOWN_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') texts.push(value);
      }
      if (node.tagName === 'script' || node.tagName === 'style') {
        // The only script text a reader meets is the messages block's values.
        if (node.properties.id === 'ui-messages') texts.push(...messageValues(scriptText(node)));
        return;
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return texts;
}

const scriptText = (node: Element) => node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const messageValues = (json: string) =>
  Object.values(JSON.parse(json) as Record<string, string | Record<string, string>>).flatMap((message) =>
    typeof message === 'string' ? [message] : Object.values(message),
  );

const htmlPages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));

describe('a site built in another language', () => {
  it('has briefings that use no English UI word, so any English on its pages came from outside the table', () => {
    const sources = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
    expect(sources.length).toBeGreaterThan(0);
    const clashes = sources.flatMap((name) => englishIn(readFileSync(join(SOURCES, name), 'utf8')).map((fragment) => `${name}: ${fragment}`));
    expect(clashes).toEqual([]);
  });

  it('builds every kind of page', () => {
    const kinds = new Set(
      htmlPages.map((name) =>
        name
          .split('/')
          .slice(0, -1)
          .map((part, i) => (i === 0 ? part : '*'))
          .join('/'),
      ),
    );
    for (const kind of [
      '',
      'briefings/*/*/*',
      'archive',
      'archive/*/*',
      'topics',
      'topics/*',
      'people',
      'people/*',
      'places',
      'places/*',
      'organizations',
      'organizations/*',
      'search',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(htmlPages).toContain('404.html');
  });

  it('shows no English UI word on any page, in text, labels or the words handed to scripts', () => {
    const found = htmlPages.flatMap((name) => {
      const html = readFileSync(join(OUT, name), 'utf8');
      expect(html, name).toContain('<html lang="en-XA">');
      return shownTexts(fromHtml(html)).flatMap((text) => englishIn(text).map((fragment) => `${name}: "${fragment}" in "${text.trim().slice(0, 120)}"`));
    });
    expect(found).toEqual([]);
  });

  it('shows the table’s words instead', () => {
    const home = readFileSync(join(OUT, 'index.html'), 'utf8');
    const briefing = readFileSync(join(OUT, 'briefings/2025/10/harbour-dredging/index.html'), 'utf8');
    // "Latest" and "Key Questions and Answers", accented and bracketed.
    expect(home).toContain('>⟦Ĺàţéšţ⟧</a>');
    expect(briefing).toContain('⟦Ķéý Ǫûéšţîöñš àñđ Àñšŵéŕš⟧');
    expect(briefing).toContain('⟦Šéçţîöñ ţîţĺéđ “The work”⟧');
  });

  it('writes the feeds’ own words from the table too', () => {
    const topicFeed = readFileSync(join(OUT, 'topics/portugal/rss.xml'), 'utf8');
    const channel = topicFeed.slice(0, topicFeed.indexOf('<item>'));
    const channelText = channel.replace(/<[^>]+>/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    expect(englishIn(channelText)).toEqual([]);
    expect(channelText).toContain(site.title);
    const feed = readFileSync(join(OUT, 'rss.xml'), 'utf8');
    expect(feed).toContain('⟦Ķéý Ǫûéšţîöñš àñđ Àñšŵéŕš⟧');
    expect(feed).not.toContain('Key Questions and Answers');
  });
});

describe('browser code of a site built in another language', () => {
  const browser = useBrowser('pseudoLocaleSiteURL');

  /** What a reader of an element sees or hears: its text and the labels and placeholders in it. */
  const shownIn = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluate((root) => [
        root.textContent ?? '',
        ...[root, ...root.querySelectorAll('*')].flatMap((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? '')),
      ]);

  it('the search dialog and its results speak the site’s language', async () => {
    const { page, problems, close } = await browser.open('/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await dialog.waitFor();
    await page.keyboard.type('Lisbon');
    await dialog.locator('.search-result').first().waitFor();
    await dialog
      .locator('.search-status')
      .filter({ hasText: /Lisbon/ })
      .waitFor();
    const shown = await shownIn(page, 'dialog.search-dialog');
    expect(shown.flatMap(englishIn)).toEqual([]);
    await expect(dialog.locator('#search-dialog-title').textContent()).resolves.toBe('⟦Šéàŕçĥ ƀŕîéƒîñĝš⟧');
    await expect(dialog.locator('.search-status').textContent()).resolves.toMatch(/^⟦.*“Lisbon”.*⟧$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('the search page’s statuses and filter chips speak it too', async () => {
    const { page, problems, close } = await browser.open('/search/?q=ferry&topic=Portugal');
    await page.locator('.search-result').first().waitFor();
    await page.locator('.search-chip').first().waitFor();
    const shown = await shownIn(page, '.search-page');
    expect(shown.flatMap(englishIn)).toEqual([]);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^⟦.*“ferry”.*Portugal.*⟧$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('the filter box of the people list speaks it too', async () => {
    const { page, problems, close } = await browser.open('/people/');
    await page.locator('#entity-filter-input').fill('Moedas');
    await page.locator('#entity-filter-results li').first().waitFor();
    await page
      .locator('[data-entity-filter-status]')
      .filter({ hasText: /Moedas/ })
      .waitFor();
    const shown = await shownIn(page, 'main');
    expect(shown.flatMap(englishIn)).toEqual([]);
    await expect(page.locator('[data-entity-filter-status]').textContent()).resolves.toMatch(/^⟦.*“Moedas”.*⟧$/);
    expect(problems).toEqual([]);
    await close();
  });
});
