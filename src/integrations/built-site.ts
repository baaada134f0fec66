import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BuiltSite } from '../lib/publish/site-audit.ts';

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
  return {
    pages: briefingPages(dir),
    searchRecords: search.recordUrls.map(belowBase),
    searchIndex: { pageCount: search.pageCount, brokenFiles: search.brokenFiles },
    sitemapEntries: filesIn(dir, /^sitemap-\d+\.xml$/).flatMap((file) => tagValues(readFileSync(file, 'utf8'), 'loc')).map(belowBase),
    feeds: {
      'RSS feed': readOptional(join(dir, 'rss.xml'), (xml) => tagValues(xml, 'link').slice(1)).map(belowBase),
      'JSON feed': readOptional(join(dir, 'feed.json'), (json) => (JSON.parse(json) as { items: Array<{ url: string }> }).items.map((item) => item.url)).map(belowBase),
    },
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
 * empty or, for a fragment, cannot be decoded.
 */
function readSearchIndex(folder: string): { pageCount: number | undefined; recordUrls: string[]; brokenFiles: string[] } {
  if (!existsSync(folder)) return { pageCount: undefined, recordUrls: [], brokenFiles: [] };
  const recordUrls: string[] = [];
  const brokenFiles: string[] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]) {
    const stats = statSync(join(folder, file));
    if (!stats.isFile()) continue;
    if (stats.size === 0) brokenFiles.push(file);
    else if (file.endsWith('.pf_fragment')) {
      try {
        const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
        recordUrls.push((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
      } catch {
        brokenFiles.push(file);
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
  return { pageCount, recordUrls, brokenFiles: brokenFiles.map((file) => file.split(sep).join('/')) };
}

function filesIn(dir: string, name: RegExp): string[] {
  return readdirSync(dir)
    .filter((file) => name.test(file))
    .map((file) => join(dir, file));
}

function readOptional<T>(file: string, read: (text: string) => T[]): T[] {
  return existsSync(file) ? read(readFileSync(file, 'utf8')) : [];
}

/** The text of every `<tag>…</tag>` in an XML document that only ever escapes entities in them. */
function tagValues(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((match) => (match[1] ?? '').replace(/&amp;/g, '&').trim());
}
