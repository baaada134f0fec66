import { routes, siteBase } from '../../routes.ts';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions, in the page's `content` words, of the words that matched in this section. */
  locations: number[];
  anchor?: { id?: string; element?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the page: topic labels, headline, then the body. */
  content: string;
  /** Positions, in `content` words, of the words that matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch>;
  debouncedSearch: (term: string | null, options?: Record<string, unknown>, wait?: number) => Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the site's Pagefind bundle once, on first use, with result URLs under the site's base
 * path and carrying the matched words (?highlight=…) for the briefing page to mark. Resolves
 * once Pagefind has its index metadata and WebAssembly ready (an empty preload waits for
 * them), so they load while the reader types rather than after the first query.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${routes.pagefind()}pagefind.js`).then(async (pagefind: Pagefind) => {
    await pagefind.options({ baseUrl: siteBase, highlightParam: 'highlight', excerptLength: 24 });
    await pagefind.init();
    await pagefind.preload('');
    return pagefind;
  });
  return loading;
}
