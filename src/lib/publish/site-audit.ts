/** A briefing the content folder says must be published, and where. */
export interface ExpectedBriefing {
  file: string;
  /** Path of its page below the site's base, e.g. `/briefings/2025/09/x/`. */
  path: string;
  /** False when the editor kept it out of search. */
  searchable: boolean;
  /** Whether it is recent enough to be carried by the feeds. */
  inFeeds: boolean;
}

import type { MalformedFile } from '../xml/xml-document.ts';

/** What a finished build holds, as paths below the site's base (duplicates kept). */
export interface BuiltSite {
  pages: string[];
  searchRecords: string[];
  sitemapEntries: string[];
  feeds: Record<string, string[]>;
  /** The search index as a whole: how many pages its entry file says it holds, and files that are empty, cut short or damaged, with why. */
  searchIndex: { pageCount: number | undefined; brokenFiles: Array<{ file: string; reason: string }> };
  /** Feeds and sitemaps that are not well-formed XML or JSON (a feed is then left out of `feeds`; sitemap entries are not counted). */
  malformedFiles?: readonly MalformedFile[];
}

/**
 * Checks that every briefing reached readers: exactly one page, one search record (none when
 * `search: false`), one sitemap entry and, when recent, one item in each feed; and that the
 * search index is whole. Returns one sentence per thing missing, doubled or broken; nothing
 * when the site is complete.
 */
export function auditSite(expected: readonly ExpectedBriefing[], built: BuiltSite): string[] {
  const problems: string[] = [];
  const count = (paths: readonly string[]) => paths.reduce((counts, path) => counts.set(path, (counts.get(path) ?? 0) + 1), new Map<string, number>());
  const pages = count(built.pages);
  const records = count(built.searchRecords);
  const sitemap = count(built.sitemapEntries);
  // A file that cannot be parsed is reported once, not once for each briefing it should carry.
  const sitemapUnreadable = (built.malformedFiles ?? []).some((malformed) => malformed.file.startsWith('sitemap'));
  const feeds = Object.entries(built.feeds).map(([name, items]) => [name, count(items)] as const);
  const check = (briefing: ExpectedBriefing, what: string, counts: Map<string, number>, wanted: number) => {
    const found = counts.get(briefing.path) ?? 0;
    if (found !== wanted)
      problems.push(`${briefing.file}: ${found === 0 ? 'no' : found} ${what}${found > 1 ? 's' : ''} at ${briefing.path}, expected ${wanted}`);
  };
  for (const briefing of expected) {
    check(briefing, 'page', pages, 1);
    check(briefing, 'search record', records, briefing.searchable ? 1 : 0);
    if (!sitemapUnreadable) check(briefing, 'sitemap entry', sitemap, 1);
    for (const [name, items] of feeds) check(briefing, `${name} item`, items, briefing.inFeeds ? 1 : 0);
  }
  const searchable = expected.filter((briefing) => briefing.searchable).length;
  const { pageCount, brokenFiles } = built.searchIndex;
  if (pageCount !== searchable)
    problems.push(
      `pagefind/pagefind-entry.json: ${pageCount === undefined ? 'missing or unreadable' : `counts ${pageCount} pages`}, expected ${searchable} searchable briefings`,
    );
  for (const { file, reason } of brokenFiles) problems.push(`pagefind/${file}: ${reason}, so search would fail`);
  for (const { file, format, line, reason } of built.malformedFiles ?? []) {
    problems.push(`${file}:${line}: not well-formed ${format} (${reason}), so feed readers and search engines would reject the whole file`);
  }
  const known = new Set(expected.map((briefing) => briefing.path));
  for (const path of new Set(built.pages)) {
    if (!known.has(path)) problems.push(`${path}: a briefing page with no briefing file behind it (left over from an earlier build?)`);
  }
  return problems;
}
