import type { EntityKind } from './lib/entities/types.ts';

/** The segment of the A–Z list of each kind of entity: /people/a-z/. */
export const ALPHABETICAL_SEGMENT = 'a-z';

/**
 * Every address of the site, in one place: pages, listings, feeds, data files and the assets
 * pages link to, each as a path from the site's root ("/topics/mexico/"). Nothing else builds
 * one: pages, components, feeds and browser code take their addresses from here, with the
 * deployment base in front (`routes`).
 */
export const paths = {
  home: () => '/',
  briefing: (id: string) => `/briefings/${id}/`,
  archive: () => '/archive/',
  archiveMonth: (year: string, month: string) => `/archive/${year}/${month}/`,
  topics: () => '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  topicFeed: (slug: string) => `/topics/${slug}/rss.xml`,
  entities: (kind: EntityKind) => `/${kind}/`,
  entitiesAlphabetical: (kind: EntityKind) => `/${kind}/${ALPHABETICAL_SEGMENT}/`,
  entityNames: (kind: EntityKind) => `/${kind}/names.json`,
  entity: (kind: EntityKind, slug: string) => `/${kind}/${slug}/`,
  search: (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  searchWords: () => '/search-words.json',
  pagefind: () => '/pagefind/',
  pagefindHighlighter: () => '/pagefind/pagefind-highlight.js',
  rss: () => '/rss.xml',
  jsonFeed: () => '/feed.json',
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  /** A file of `public/` or one the build wrote, as a path from the site's root ("/images/map.png"). */
  asset: (path: string) => (path.startsWith('/') ? path : `/${path}`),
} as const;

export type Routes = typeof paths;

/** Prefixes a path from the site's root with the deployment base ("/" or "/news/"). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Every address of `paths`, under the deployment base `base`. */
export function routesUnder(base: string): Routes {
  return Object.fromEntries(
    Object.entries(paths).map(([name, path]) => [name, (...args: never[]) => withBase((path as (...a: never[]) => string)(...args), base)]),
  ) as unknown as Routes;
}

/** The deployment base as Astro gives it to pages and to browser code, with a closing slash. */
export const siteBase = baseUrl();

/** Every address of the site as a browser requests it, under the deployment base ("/news/topics/mexico/"). */
export const routes = routesUnder(siteBase);

/** Where page `number` of a listing lives: the listing's own address for page 1, then `page/N/` under it. */
export function pageUrl(firstPageUrl: string, number: number): string {
  const param = pageParam(number);
  return param === undefined ? firstPageUrl : `${firstPageUrl}${param}/`;
}

/** The route parameter of page `number` of a listing: none for page 1, then "page/N". */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

function baseUrl(): string {
  // Astro and Vite give pages and browser code the base; a command-line tool has none, and its
  // addresses are from the root.
  const base: string = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}
