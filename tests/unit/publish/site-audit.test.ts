import { describe, expect, it } from 'vitest';
import { auditSite, type BuiltSite, type ExpectedBriefing } from '../../../src/lib/publish/site-audit.ts';

const briefing = (name: string, extra: Partial<ExpectedBriefing> = {}): ExpectedBriefing => ({
  file: `content/briefings/${name}.md`,
  path: `/briefings/${name}/`,
  searchable: true,
  inFeeds: true,
  ...extra,
});
const complete = (briefings: ExpectedBriefing[]): BuiltSite => ({
  pages: briefings.map((b) => b.path),
  searchRecords: briefings.filter((b) => b.searchable).map((b) => b.path),
  sitemapEntries: briefings.map((b) => b.path),
  feeds: { 'RSS feed': briefings.filter((b) => b.inFeeds).map((b) => b.path) },
  searchIndex: { pageCount: briefings.filter((b) => b.searchable).length, brokenFiles: [] },
});

describe('auditSite', () => {
  const expected = [briefing('a'), briefing('b', { searchable: false }), briefing('c', { inFeeds: false })];

  it('finds nothing wrong with a complete site', () => {
    expect(auditSite(expected, complete(expected))).toEqual([]);
  });

  it('reports a dropped page, search record, sitemap entry and feed item, naming the file', () => {
    const built = complete(expected);
    const site = { ...built, pages: built.pages.slice(1), searchRecords: [], sitemapEntries: built.sitemapEntries.slice(0, 2), feeds: { 'RSS feed': [] } };
    expect(auditSite(expected, site)).toEqual([
      'content/briefings/a.md: no page at /briefings/a/, expected 1',
      'content/briefings/a.md: no search record at /briefings/a/, expected 1',
      'content/briefings/a.md: no RSS feed item at /briefings/a/, expected 1',
      'content/briefings/b.md: no RSS feed item at /briefings/b/, expected 1',
      'content/briefings/c.md: no search record at /briefings/c/, expected 1',
      'content/briefings/c.md: no sitemap entry at /briefings/c/, expected 1',
    ]);
  });

  it('reports a briefing indexed twice, one kept out of search that was indexed, and pages with no file', () => {
    const built = complete(expected);
    const site = { ...built, pages: [...built.pages, '/briefings/old/'], searchRecords: [...built.searchRecords, '/briefings/a/', '/briefings/b/'] };
    expect(auditSite(expected, site)).toEqual([
      'content/briefings/a.md: 2 search records at /briefings/a/, expected 1',
      'content/briefings/b.md: 1 search record at /briefings/b/, expected 0',
      '/briefings/old/: a briefing page with no briefing file behind it (left over from an earlier build?)',
    ]);
  });

  it('reports a search index whose entry file is missing or miscounts, and its empty or unreadable files', () => {
    const built = complete(expected);
    expect(auditSite(expected, { ...built, searchIndex: { pageCount: undefined, brokenFiles: [] } })).toEqual([
      'pagefind/pagefind-entry.json: missing or unreadable, expected 2 searchable briefings',
    ]);
    expect(
      auditSite(expected, {
        ...built,
        searchIndex: {
          pageCount: 3,
          brokenFiles: [
            { file: 'wasm.unknown.pagefind', reason: 'empty' },
            { file: 'fragment/en_1.pf_fragment', reason: 'cut short or damaged (unexpected end of file)' },
          ],
        },
      }),
    ).toEqual([
      'pagefind/pagefind-entry.json: counts 3 pages, expected 2 searchable briefings',
      'pagefind/wasm.unknown.pagefind: empty, so search would fail',
      'pagefind/fragment/en_1.pf_fragment: cut short or damaged (unexpected end of file), so search would fail',
    ]);
  });
});
