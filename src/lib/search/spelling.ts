import { ENGLISH_FUNCTION_WORDS } from '../text/function-words.ts';
import { queryWords } from './relax-query.ts';

/** Words shorter than this are never corrected: too many real words are one letter apart. */
const MIN_LENGTH = 4;

/** Letters-only words of a text, as written. */
function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}'’]*\p{L}/gu) ?? [];
}

/**
 * The words a search can suggest, most used first: every word of the names of people, places,
 * organisations and topics, then the words of the briefings, the most used first, each in its
 * most frequent spelling ("Sheinbaum", "cartel"). Function words and short words are left out.
 * `limit` keeps the most used, so the file a reader downloads stays small on a large site.
 */
export function searchVocabulary(texts: Iterable<string>, names: Iterable<string>, limit: number): string[] {
  const forms = new Map<string, Map<string, number>>();
  const count = (word: string, weight: number) => {
    const key = word.toLowerCase();
    if (key.length < MIN_LENGTH || ENGLISH_FUNCTION_WORDS.has(key)) return;
    const spellings = forms.get(key) ?? new Map<string, number>();
    spellings.set(word, (spellings.get(word) ?? 0) + weight);
    forms.set(key, spellings);
  };
  for (const name of names) for (const word of wordsOf(name)) count(word, 1_000_000);
  for (const text of texts) for (const word of wordsOf(text)) count(word, 1);
  return [...forms.values()]
    .map((spellings) => {
      const total = [...spellings.values()].reduce((sum, n) => sum + n, 0);
      const [best = ''] = [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
      return { best, total };
    })
    .sort((a, b) => b.total - a.total || a.best.localeCompare(b.best))
    .slice(0, limit)
    .map(({ best }) => best);
}

/** Edits between two words: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The query with each word the site does not know replaced by the closest word it does: one
 * edit away for short words, two for words of six letters or more, the most used word winning
 * a tie. Undefined when every word is known or nothing is close.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary.map((word) => word.toLowerCase()));
  let changed = false;
  const corrected = queryWords(query).map((word) => {
    const lower = word.toLowerCase();
    if (lower.length < MIN_LENGTH || known.has(lower) || ENGLISH_FUNCTION_WORDS.has(lower) || /\P{L}/u.test(lower.replace(/['’]/g, ''))) return word;
    const allowed = lower.length >= 6 ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - lower.length) > allowed) continue;
      const distance = editDistance(lower, candidate.toLowerCase());
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(' ') : undefined;
}
