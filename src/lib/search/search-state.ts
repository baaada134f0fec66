import type { EntityKind } from '../entities/types.ts';

/** What a reader asked the search for: the words, the filters and the order. */
export interface SearchState {
  query: string;
  topics: string[];
  year: string;
  month: string;
  /** A person, place or organisation every result must mention (canonical name). */
  person: string;
  place: string;
  organization: string;
  sort: 'relevance' | 'newest';
}

/** The single-choice filters, by URL parameter and Pagefind filter name alike. */
const ENTITY_FILTERS = ['person', 'place', 'organization'] as const;
export type EntityFilter = (typeof ENTITY_FILTERS)[number];

/** The search filter (URL parameter and Pagefind filter) that narrows results to one entity of each kind. */
export const ENTITY_FILTER: Record<EntityKind, EntityFilter> = { people: 'person', places: 'place', organizations: 'organization' };

export const EMPTY_SEARCH: SearchState = { query: '', topics: [], year: '', month: '', person: '', place: '', organization: '', sort: 'relevance' };

/** Reads a search from URL parameters (?q=…&topic=…&year=…&month=…&sort=newest), ignoring junk. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const year = params.get('year') ?? '';
  const month = params.get('month') ?? '';
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    topics: [...new Set(params.getAll('topic').filter((topic) => topic.trim() !== ''))],
    year: /^\d{4}$/.test(year) ? year : '',
    month: /^\d{4}-\d{2}$/.test(month) ? month : '',
    person: (params.get('person') ?? '').trim().slice(0, 100),
    place: (params.get('place') ?? '').trim().slice(0, 100),
    organization: (params.get('organization') ?? '').trim().slice(0, 100),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Writes a search as URL parameters, leaving out what is at its default, so URLs stay short. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const topic of state.topics) params.append('topic', topic);
  if (state.year) params.set('year', state.year);
  if (state.month) params.set('month', state.month);
  for (const name of ENTITY_FILTERS) if (state[name]) params.set(name, state[name]);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** Pagefind search options for a state: any of the chosen topics, the year and month, the order. */
export function pagefindOptions(state: SearchState): { filters: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, unknown> = {};
  if (state.topics.length > 0) filters.topic = { any: state.topics };
  if (state.year) filters.year = state.year;
  if (state.month) filters.month = state.month;
  for (const name of ENTITY_FILTERS) if (state[name]) filters[name] = state[name];
  return state.sort === 'newest' ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Whether there is anything to search for: words or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || state.topics.length > 0 || state.year !== '' || state.month !== '' || ENTITY_FILTERS.some((name) => state[name] !== '');
}
