import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, hasSearch, pagefindOptions, searchStateFromParams, searchStateToParams } from '../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('reads query, topics, year, month, person, place, organization and sort', () => {
    expect(
      searchStateFromParams(
        new URLSearchParams(
          'q=fuel+theft&topic=Mexico&topic=Security&year=2025&month=2025-09&person=Claudia+Sheinbaum&place=Mexico+City&organization=PEMEX&sort=newest',
        ),
      ),
    ).toEqual({
      query: 'fuel theft',
      topics: ['Mexico', 'Security'],
      year: '2025',
      month: '2025-09',
      person: 'Claudia Sheinbaum',
      place: 'Mexico City',
      organization: 'PEMEX',
      sort: 'newest',
    });
  });

  it('ignores malformed values and repeated topics', () => {
    expect(searchStateFromParams(new URLSearchParams('topic=Mexico&topic=Mexico&topic=&year=last&month=09&sort=oldest'))).toEqual({
      ...EMPTY_SEARCH,
      topics: ['Mexico'],
    });
  });

  it('round-trips, leaving defaults out of the URL', () => {
    const state = { ...EMPTY_SEARCH, query: 'Sheinbaum', topics: ['United States'], month: '2025-09', place: 'Mexico' };
    expect(searchStateToParams(state).toString()).toBe('q=Sheinbaum&topic=United+States&month=2025-09&place=Mexico');
    expect(searchStateFromParams(searchStateToParams(state))).toEqual(state);
    expect(searchStateToParams(EMPTY_SEARCH).toString()).toBe('');
  });
});

describe('pagefindOptions and hasSearch', () => {
  it('asks for any of the chosen topics, the year and month, and newest first when chosen', () => {
    expect(pagefindOptions({ ...EMPTY_SEARCH, query: 'x', topics: ['A', 'B'], year: '2025', month: '2025-09', person: 'Marco Rubio', sort: 'newest' })).toEqual(
      {
        filters: { topic: { any: ['A', 'B'] }, year: '2025', month: '2025-09', person: 'Marco Rubio' },
        sort: { date: 'desc' },
      },
    );
    expect(pagefindOptions(EMPTY_SEARCH)).toEqual({ filters: {} });
  });

  it('a search needs words or a filter', () => {
    expect(hasSearch(EMPTY_SEARCH)).toBe(false);
    expect(hasSearch({ ...EMPTY_SEARCH, query: '   ' })).toBe(false);
    expect(hasSearch({ ...EMPTY_SEARCH, topics: ['Mexico'] })).toBe(true);
    expect(hasSearch({ ...EMPTY_SEARCH, query: 'fuel' })).toBe(true);
    expect(hasSearch({ ...EMPTY_SEARCH, organization: 'PEMEX' })).toBe(true);
  });
});
