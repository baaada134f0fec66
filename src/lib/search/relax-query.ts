import { ENGLISH_FUNCTION_WORDS } from '../text/function-words.ts';

/** The words of a query as a reader typed them, without punctuation ("OpenTofu's" keeps its apostrophe). */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
}

/**
 * The words that carry meaning: the query without its function words and lone letters or digits
 * ("1" of a pasted "alert(1)"), unless that leaves none.
 */
export function meaningfulWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => [...word].length > 1 && !ENGLISH_FUNCTION_WORDS.has(word.toLowerCase().replace(/’/g, "'")));
  return kept.length > 0 ? kept : [...words];
}

/** A result as the search engine ranks it: the higher the score, the better the match. */
export interface RankedResult {
  id: string;
  score: number;
}

/** Runs a search: the briefings that hold every word of `term`, best first. */
export type RunSearch<R extends RankedResult> = (term: string) => Promise<R[]>;

export interface RelaxedSearch<R extends RankedResult> {
  /** What was searched for: the query as typed, or the words that found something. */
  term: string;
  /** True when `term` is not the query as typed, so the reader should be told what was searched. */
  relaxed: boolean;
  results: R[];
}

/**
 * A search that finds something for readers who type questions or long phrases, where the
 * engine wants every word to match. The query as typed is tried first; then only its words that
 * carry meaning ("Where can I find the release notes?" → "release notes"); then each of those
 * words on its own, dropping words no briefing holds, and the briefings are ranked by how much of
 * the query they match: the sum of each word's score, so a briefing with the rare words of the
 * question comes before one with only its common words. Only this site's own index decides.
 */
export async function relaxedSearch<R extends RankedResult>(query: string, search: RunSearch<R>): Promise<RelaxedSearch<R>> {
  const typed = query.trim();
  const asTyped = await search(typed);
  if (asTyped.length > 0) return { term: typed, relaxed: false, results: asTyped };
  const all = queryWords(typed);
  const words = meaningfulWords(all);
  if (words.length < all.length) {
    const results = await search(words.join(' '));
    if (results.length > 0) return { term: words.join(' '), relaxed: true, results };
  }
  const found = new Map<string, { result: R; score: number }>();
  const kept: string[] = [];
  for (const word of new Set(words)) {
    const results = await search(word);
    if (results.length > 0) kept.push(word);
    for (const result of results) {
      const seen = found.get(result.id);
      found.set(result.id, { result: seen?.result ?? result, score: (seen?.score ?? 0) + result.score });
    }
  }
  if (kept.length === 0) return { term: typed, relaxed: false, results: [] };
  const ranked = [...found.values()].sort((a, b) => b.score - a.score).map((entry) => entry.result);
  return { term: kept.join(' '), relaxed: true, results: ranked };
}

/** A result address whose `highlight` parameters mark `words` on the page it opens. */
export function withHighlights(url: string, words: readonly string[]): string {
  const [path = '', hash] = url.split('#', 2);
  const [address = '', search = ''] = path.split('?', 2);
  const params = new URLSearchParams(search);
  params.delete('highlight');
  for (const word of words) params.append('highlight', word);
  const query = params.toString();
  return `${address}${query ? `?${query}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
