import { describe, expect, it } from 'vitest';
import { meaningfulWords, queryWords, relaxedSearch, withHighlights } from '../../../src/lib/search/relax-query.ts';

/**
 * A tiny engine that, like the site's, finds the briefings holding every word of a term
 * (prefixes match), scoring each by how rare its words are.
 */
function engine(briefings: Record<string, string>) {
  const asked: string[] = [];
  const words = Object.entries(briefings).map(([id, text]) => ({ id, words: text.toLowerCase().split(/\W+/) }));
  const holds = (briefing: { words: string[] }, word: string) => briefing.words.some((known) => known.startsWith(word));
  const search = async (term: string) => {
    asked.push(term);
    const wanted = term.toLowerCase().split(/\s+/).filter(Boolean);
    const rarity = (word: string) => 1 / words.filter((briefing) => holds(briefing, word)).length;
    return words
      .filter((briefing) => wanted.every((word) => holds(briefing, word)))
      .map((briefing) => ({ id: briefing.id, score: wanted.reduce((sum, word) => sum + rarity(word), 0) }))
      .sort((a, b) => b.score - a.score);
  };
  return { search, asked };
}

const BRIEFINGS = {
  timetable: 'The ferry timetable changes in winter: boats leave every two hours from the harbour.',
  fares: 'The harbour authority publishes the ferry fares each spring.',
  bridge: 'Road works close the harbour bridge to lorries until March.',
};
const ids = (found: { results: Array<{ id: string }> }) => found.results.map((result) => result.id);

describe('queryWords and meaningfulWords', () => {
  it('splits a question into words without its punctuation, keeping apostrophes and dotted names', () => {
    expect(queryWords('Where can I find Node.js release notes? (LTS)')).toEqual(['Where', 'can', 'I', 'find', 'Node.js', 'release', 'notes', 'LTS']);
  });

  it('keeps only the words that carry meaning, and all of them when every word is a function word', () => {
    expect(meaningfulWords(['When', 'does', 'the', 'ferry', 'leave'])).toEqual(['ferry', 'leave']);
    expect(meaningfulWords(['What', 'is', 'it'])).toEqual(['What', 'is', 'it']);
  });

  it('leaves out lone letters and digits, unless they are all there is', () => {
    expect(meaningfulWords(['img', 'src', 'x', 'onerror', 'alert', '1'])).toEqual(['img', 'src', 'onerror', 'alert']);
    expect(meaningfulWords(['ferry', '2025'])).toEqual(['ferry', '2025']);
    expect(meaningfulWords(['X'])).toEqual(['X']);
  });
});

describe('relaxedSearch: a question finds the briefing that answers it', () => {
  it('searches the query as typed when every word matches', async () => {
    const { search, asked } = engine(BRIEFINGS);
    const found = await relaxedSearch('ferry fares', search);
    expect(found).toMatchObject({ term: 'ferry fares', relaxed: false });
    expect(ids(found)).toEqual(['fares']);
    expect(asked).toEqual(['ferry fares']);
  });

  it('drops the words of the question that carry no meaning', async () => {
    const { search } = engine(BRIEFINGS);
    const found = await relaxedSearch('When does the ferry leave in winter?', search);
    expect(found).toMatchObject({ term: 'ferry leave winter', relaxed: true });
    expect(ids(found)).toEqual(['timetable']);
  });

  it('then ranks the briefings by how many of the words they hold, rare words counting most, ignoring words none holds', async () => {
    const { search } = engine(BRIEFINGS);
    // No briefing holds every word, and none holds "tickets"; "fares" is rare, "harbour" is everywhere.
    const found = await relaxedSearch('How much are the harbour ferry tickets and fares?', search);
    expect(found).toMatchObject({ term: 'harbour ferry fares', relaxed: true });
    expect(ids(found)).toEqual(['fares', 'timetable', 'bridge']);
  });

  it('gives the query back unchanged, with nothing found, when none of its words is in any briefing', async () => {
    const { search } = engine(BRIEFINGS);
    await expect(relaxedSearch('Is the zeppelin late?', search)).resolves.toEqual({ term: 'Is the zeppelin late?', relaxed: false, results: [] });
  });
});

describe('withHighlights', () => {
  it('marks every searched word on the page a result opens, keeping its section', () => {
    expect(withHighlights('/briefings/2025/09/x/?highlight=ferry#fares', ['ferry', 'fares'])).toBe(
      '/briefings/2025/09/x/?highlight=ferry&highlight=fares#fares',
    );
    expect(withHighlights('/briefings/2025/09/x/', ['ferry'])).toBe('/briefings/2025/09/x/?highlight=ferry');
  });
});
