import { describe, expect, it } from 'vitest';
import { chooseSearchQueries } from '../corpus/search-queries.ts';

const texts = [
  'The council met in Atlanta on Friday. Officials said the budget vote in Rhode Island was delayed, and Mayor Hartsfield objected.',
  'A budget plan for Rhode Island schools drew praise. Senator Talmadge said the budget would pass.',
  'In Rhode Island the budget hearing ended early. Critics, led by Judge Durwood, want a recount.',
  'Nothing new on the budget. The weather in Atlanta was fine, said the station.',
];

describe('chooseSearchQueries', () => {
  const queries = chooseSearchQueries(texts);
  const byKind = Object.fromEntries(queries.map((query) => [query.kind, query]));

  it('picks the ordinary word found in the most briefings as the common word', () => {
    expect(byKind['common word']).toEqual({ kind: 'common word', query: 'budget', briefings: 4 });
  });

  it('picks the proper name found in the fewest briefings, never a word also written in lower case', () => {
    // Atlanta is in two briefings; Durwood, Friday, Hartsfield, Talmadge… in one each: the first alphabetically wins.
    expect(byKind['rare name']).toEqual({ kind: 'rare name', query: 'Durwood', briefings: 1 });
  });

  it('picks the pair of adjacent content words found in the most briefings as the phrase', () => {
    expect(byKind['two-word phrase']).toEqual({ kind: 'two-word phrase', query: 'Rhode Island', briefings: 3 });
  });

  it('says so when the corpus has nothing to search for', () => {
    expect(() => chooseSearchQueries(['a b c.'])).toThrow(/no ordinary word/);
  });
});
