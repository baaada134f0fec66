/** What a benchmark query stands for. */
export type QueryKind = 'common word' | 'rare name' | 'two-word phrase';

/** A query a reader might type, chosen from the corpus, with how many briefings contain it. */
export interface SearchQuery {
  kind: QueryKind;
  query: string;
  briefings: number;
}

// Words too plain to be what anyone searches for; the common word is the most frequent word
// left once these are out.
const FUNCTION_WORDS = new Set(
  'about above after again against also among another around because been before being below between both could does doing down during each either every from further have having here itself just last many more most much must never only other others over same should since some such than that their them then there these they this those though through under until upon very were what when where which while whom whose will with within without would your first said says made make well even still back into know like three years year time week today mr. mrs. miss'.split(
    ' ',
  ),
);

/**
 * Picks three queries from the briefings' text, the same ones for the same corpus:
 * the most widespread ordinary word (5+ letters), the least widespread proper name (a word
 * of 5+ letters capitalised inside a clause and never written in lower case), and the most
 * widespread pair of adjacent content words.
 */
export function chooseSearchQueries(texts: readonly string[]): SearchQuery[] {
  const wordBriefings = new Map<string, number>();
  const capitalisedBriefings = new Map<string, number>();
  const pairBriefings = new Map<string, number>();
  const lowerCaseSeen = new Set<string>();
  for (const text of texts) {
    const words = new Set<string>();
    const capitalised = new Set<string>();
    const pairs = new Set<string>();
    for (const clause of text.split(/[,.;:?!“”"()—\n]+/)) {
      const tokens = clause.split(/\s+/).filter((token) => /^\p{L}[\p{L}’'-]*$/u.test(token));
      tokens.forEach((token, i) => {
        const lower = token.toLowerCase();
        if (token === lower) lowerCaseSeen.add(lower);
        // The first word of a clause is capitalised for grammar, not because it is a name.
        else if (i > 0 && /^\p{Lu}\p{Ll}{4,}$/u.test(token)) capitalised.add(token);
        if (lower.length >= 5 && /^\p{L}+$/u.test(lower) && !FUNCTION_WORDS.has(lower)) words.add(lower);
        const next = tokens[i + 1];
        if (next && isContentWord(token) && isContentWord(next)) pairs.add(`${token} ${next}`);
      });
    }
    for (const word of words) increment(wordBriefings, word);
    for (const name of capitalised) increment(capitalisedBriefings, name);
    for (const pair of pairs) increment(pairBriefings, pair);
  }
  const names = new Map([...capitalisedBriefings].filter(([name]) => !lowerCaseSeen.has(name.toLowerCase())));
  return [
    { kind: 'common word', ...mostWidespread(wordBriefings, 'ordinary word') },
    { kind: 'rare name', ...leastWidespread(names, 'proper name') },
    { kind: 'two-word phrase', ...mostWidespread(pairBriefings, 'pair of content words') },
  ];
}

function isContentWord(token: string): boolean {
  return token.length >= 4 && !FUNCTION_WORDS.has(token.toLowerCase()) && /^\p{L}+$/u.test(token);
}

function increment(counts: Map<string, number>, key: string) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

// Ties go to the alphabetically first, so the choice never depends on the order of the map.
function mostWidespread(counts: Map<string, number>, what: string): { query: string; briefings: number } {
  return best(counts, (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]), what);
}

function leastWidespread(counts: Map<string, number>, what: string): { query: string; briefings: number } {
  return best(counts, (a, b) => a[1] - b[1] || a[0].localeCompare(b[0]), what);
}

function best(counts: Map<string, number>, order: (a: [string, number], b: [string, number]) => number, what: string) {
  const [first] = [...counts].sort(order);
  if (!first) throw new Error(`the corpus has no ${what} to search for`);
  return { query: first[0], briefings: first[1] };
}
