import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { site as siteConfig } from '../../../src/site.config.ts';
import { useBrowser } from '../support/browser.ts';
import { trackRequests } from './support/network.ts';
import { type BuiltSite, builtPages, BUILT_SITES, pagesOfEachKind } from './support/sites.ts';
import { dayOf, readVisiblePage, structuredDataProblems, type VisiblePage } from './support/structured-data.ts';

// Every built site, each page loaded once in Chromium (desktop width) for two checks: no console
// error, uncaught exception, failed request or HTTP error on a page of every kind and every
// briefing; and every JSON-LD block parses, has the fields schema.org consumers require for its
// type, and says what the page shows.

const browser = useBrowser();

interface LoadedPage {
  path: string;
  /** Console errors and failed requests while it loaded. */
  problems: string[];
  /** What it shows and claims, for the pages that have structured data (and every briefing). */
  visible?: VisiblePage;
}

/** The pages of a site to load: a page of every kind and every briefing, and every page with structured data. */
function pagesToLoad(site: BuiltSite) {
  const ofEachKind = new Set(pagesOfEachKind(site).map((page) => page.path));
  return builtPages(site)
    .map((page) => ({
      path: page.path,
      hasData: readFileSync(page.file, 'utf8').includes('application/ld+json') || page.path.startsWith(`${site.base}briefings/`),
    }))
    .filter((page) => page.hasData || ofEachKind.has(page.path));
}

/** Loads the site's pages, a few tabs at once; each tab waits for its page's requests to end before the next. */
async function loadEachPage(site: BuiltSite): Promise<LoadedPage[]> {
  const queue = pagesToLoad(site);
  const loaded: LoadedPage[] = [];
  const tabs = await Promise.all(Array.from({ length: 3 }, () => browser.open('about:blank')));
  try {
    await Promise.all(
      tabs.map(async ({ page, problems }) => {
        const network = trackRequests(page);
        for (let next = queue.shift(); next; next = queue.shift()) {
          const before = problems.length;
          await network.goto(new URL(next.path, inject(site.name)).href);
          await network.settled(50);
          loaded.push({
            path: next.path,
            problems: problems.slice(before).filter((problem) => !network.wasCancelled(problem)),
            ...(next.hasData ? { visible: await readVisiblePage(page) } : {}),
          });
        }
      }),
    );
  } finally {
    await Promise.all(tabs.map((tab) => tab.close()));
  }
  return loaded.sort((a, b) => a.path.localeCompare(b.path));
}

const loads = new Map<string, Promise<LoadedPage[]>>();
/** The site's pages, loaded by the first check that asks and read again by the other. */
function loaded(site: BuiltSite): Promise<LoadedPage[]> {
  let pages = loads.get(site.name);
  if (!pages) {
    pages = loadEachPage(site);
    loads.set(site.name, pages);
  }
  return pages;
}

describe('every built site', () => {
  it.each(BUILT_SITES)('the $label loads a page of every kind, and every briefing, without a console error or failed request', async (site) => {
    const pages = await loaded(site);
    expect(pages.length).toBeGreaterThanOrEqual(pagesOfEachKind(site).length);
    const found = pages.flatMap((page) => page.problems.map((problem) => `${page.path}: ${problem}`));
    expect(found, found.join('\n')).toEqual([]);
  });

  const canonicalOrigin = new URL(siteConfig.url).origin;

  it.each(BUILT_SITES)(
    'in the $label: every JSON-LD block is complete and matches the visible page; every briefing has a NewsArticle and a BreadcrumbList',
    async (site) => {
      const paths = new Set(builtPages(site).map((page) => page.path));
      const isBuiltPage = (url: string) => url.startsWith(canonicalOrigin) && paths.has(new URL(url).pathname);
      const withData = (await loaded(site)).filter((page) => page.visible);
      expect(withData.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const { path, visible } of withData) {
        if (!visible) continue;
        problems.push(...structuredDataProblems({ page: visible, dayOf, isBuiltPage }).map((problem) => `${path}: ${problem}`));
        if (path.startsWith(`${site.base}briefings/`)) {
          const types = visible.jsonLd.map((text) => (JSON.parse(text) as { '@type'?: string })['@type']);
          for (const type of ['NewsArticle', 'BreadcrumbList']) if (!types.includes(type)) problems.push(`${path}: has no ${type}`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );
});
