import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { searchIndexFileFault } from '../lib/publish/search-index-files.ts';
import type { BuiltSite } from '../lib/publish/site-audit.ts';
import { type MalformedFile, readXml, rssItemLinks, sitemapLocations } from '../lib/xml/xml-document.ts';

/**
 * Reads what a finished build holds, as paths below the site's base: briefing pages on disk,
 * the records in Pagefind's index, the sitemap's entries and the feeds' items.
 */
export function readBuiltSite(dir: string, base: string): BuiltSite {
  const belowBase = (url: string) => {
    const path = new URL(url, 'http://site.invalid').pathname;
    const prefix = base.replace(/\/$/, '');
    return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
  };
  const search = readSearchIndex(join(dir, 'pagefind'));
  const malformedFiles: MalformedFile[] = [];
  const xml = (file: string, read: (xml: string) => string[]): string[] => {
    const result = readXml(relative(dir, file).split(sep).join('/'), readFileSync(file, 'utf8'), read);
    malformedFiles.push(...result.malformed);
    return result.values;
  };
  // A feed that cannot be parsed is reported as such and not counted; a missing one counts as empty.
  const feeds: Record<string, string[]> = {};
  const feed = (name: string, file: string, read: (path: string) => string[]) => {
    const before = malformedFiles.length;
    const urls = existsSync(join(dir, file)) ? read(join(dir, file)) : [];
    if (malformedFiles.length === before) feeds[name] = urls.map(belowBase);
  };
  feed('RSS feed', 'rss.xml', (path) => xml(path, rssItemLinks));
  feed('JSON feed', 'feed.json', (path) => jsonFeedUrls(readFileSync(path, 'utf8'), malformedFiles));
  const sitemaps = filesIn(dir, /^sitemap-\d+\.xml$/);
  for (const index of filesIn(dir, /^sitemap-index\.xml$/)) xml(index, () => []);
  return {
    pages: briefingPages(dir),
    searchRecords: search.recordUrls.map(belowBase),
    searchIndex: { pageCount: search.pageCount, brokenFiles: search.brokenFiles },
    sitemapEntries: sitemaps.flatMap((file) => xml(file, sitemapLocations)).map(belowBase),
    malformedFiles,
    feeds,
  };
}

function briefingPages(dir: string): string[] {
  const root = join(dir, 'briefings');
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith(`${sep}index.html`) || file === 'index.html')
    .map((file) => `/briefings/${relative('.', file.slice(0, -'index.html'.length)).split(sep).join('/')}/`.replace(/\/+$/, '/'));
}

/**
 * Reads Pagefind's output: the page count of its entry file, the URL of every record (one
 * fragment per indexed page: gzip of `pagefind_dcd` followed by JSON), and every file that is
 * empty, cut short or damaged (see `searchIndexFileFault`).
 */
function readSearchIndex(folder: string): { pageCount: number | undefined; recordUrls: string[]; brokenFiles: Array<{ file: string; reason: string }> } {
  if (!existsSync(folder)) return { pageCount: undefined, recordUrls: [], brokenFiles: [] };
  const recordUrls: string[] = [];
  const brokenFiles: Array<{ file: string; reason: string }> = [];
  for (const file of (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
    if (!statSync(join(folder, file)).isFile()) continue;
    const bytes = readFileSync(join(folder, file));
    const reason = searchIndexFileFault(file, bytes);
    if (reason) brokenFiles.push({ file: file.split(sep).join('/'), reason });
    else if (file.endsWith('.pf_fragment')) {
      try {
        const text = gunzipSync(bytes).toString('utf8');
        recordUrls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
      } catch (error) {
        brokenFiles.push({ file: file.split(sep).join('/'), reason: `its record cannot be read (${error instanceof Error ? error.message : String(error)})` });
      }
    }
  }
  let pageCount: number | undefined;
  try {
    const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    pageCount = undefined;
  }
  return { pageCount, recordUrls, brokenFiles };
}

function filesIn(dir: string, name: RegExp): string[] {
  return readdirSync(dir)
    .filter((file) => name.test(file))
    .map((file) => join(dir, file));
}

/** The URL of every item of the JSON feed; none, and the fault noted, when it cannot be parsed. */
function jsonFeedUrls(json: string, malformed: MalformedFile[]): string[] {
  try {
    return (JSON.parse(json) as { items: Array<{ url: string }> }).items.map((item) => item.url);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    malformed.push({ file: 'feed.json', format: 'JSON', line: Number(/line (\d+)/.exec(reason)?.[1] ?? 1), reason });
    return [];
  }
}
