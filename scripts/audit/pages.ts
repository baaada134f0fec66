import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALPHABETICAL_SEGMENT } from '../../src/routes.ts';

/** A page type to audit, at one address of the built site. */
export interface AuditPage {
  name: string;
  path: string;
  /** "dialog": opened from `path` with the search shortcut, searched for `query`, then audited. */
  kind: 'navigation' | 'dialog';
  query?: string;
}

const sortedDirs = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
const pageAt = (dir: string, path: string) => existsSync(join(dir, path, 'index.html'));

/** Every built briefing page, as site paths, in file order. */
function briefingPaths(dir: string): string[] {
  return readdirSync(join(dir, 'briefings'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .sort()
    .map((name) => `/briefings/${name.replace(/index\.html$/, '')}`);
}

/**
 * One address for each page type, found in the built site: the newest briefing with both a
 * table of contents and Key Questions, the newest archive month, the first topic and the first
 * page of a person, place or organisation; search for a word of that briefing's headline.
 */
export function auditPages(dir: string): AuditPage[] {
  const briefings = briefingPaths(dir);
  const html = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
  const briefing =
    [...briefings].reverse().find((path) => /data-toc/.test(html(path)) && /id="key-questions-and-answers"/.test(html(path))) ?? briefings.at(-1);
  if (!briefing) throw new Error(`no briefing pages in ${dir}`);
  const headline = /<h1[^>]*>([^<]+)<\/h1>/.exec(html(briefing))?.[1] ?? '';
  const query =
    headline
      .split(/\s+/)
      .filter((word) => /^[a-z]{5,}$/i.test(word))
      .at(-1)
      ?.toLowerCase() ?? 'the';
  const year = sortedDirs(join(dir, 'archive')).at(-1);
  const month = year ? sortedDirs(join(dir, 'archive', year)).at(-1) : undefined;
  const topic = sortedDirs(join(dir, 'topics'))[0];
  // A name's own page: the lists' A–Z order and their later pages live beside them, not names.
  const listFolders = new Set([ALPHABETICAL_SEGMENT, 'page']);
  const entity = ['people', 'places', 'organizations'].flatMap((kind) =>
    sortedDirs(join(dir, kind))
      .filter((slug) => !listFolders.has(slug))
      .map((slug) => `/${kind}/${slug}/`),
  )[0];
  const pages: AuditPage[] = [
    { name: 'Front page', path: '/', kind: 'navigation' },
    { name: 'Briefing (Q&A, TOC)', path: briefing, kind: 'navigation' },
    ...(year && month ? [{ name: 'Archive month', path: `/archive/${year}/${month}/`, kind: 'navigation' as const }] : []),
    ...(topic ? [{ name: 'Topic page', path: `/topics/${topic}/`, kind: 'navigation' as const }] : []),
    ...(entity ? [{ name: 'Entity page', path: entity, kind: 'navigation' as const }] : []),
    { name: 'Search with results', path: `/search/?q=${encodeURIComponent(query)}`, kind: 'navigation' },
    { name: 'Search dialog open', path: '/', kind: 'dialog', query },
    // Lighthouse stops at a document answered with 404, so the page is audited at its own file.
    { name: '404 page', path: '/404.html', kind: 'navigation' },
  ];
  for (const page of pages) {
    const path = page.path.split('?')[0] ?? '/';
    if (!(path.endsWith('.html') ? existsSync(join(dir, path)) : pageAt(dir, path))) throw new Error(`${page.name}: ${path} was not built`);
  }
  return pages;
}
