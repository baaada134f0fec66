import { ENTITY_KINDS, type EntityKind } from '../entities/types.ts';
import { monthLabel } from '../intl.ts';
import { ENTITY_FILTER } from './search-state.ts';

/** One choice of a search filter: the value Pagefind filters on, what the reader sees, and how many briefings have it. */
export interface FilterChoice {
  value: string;
  label: string;
  count: number;
}

/** Every choice the search page offers, each with how many searchable briefings it holds. */
export interface SearchFilterChoices {
  /** By name. */
  topic: FilterChoice[];
  /** Newest first. */
  year: FilterChoice[];
  /** Newest first, "2025-11" shown as "November 2025". */
  month: FilterChoice[];
  /** The people, places and organisations most briefings mention, by name. */
  person: FilterChoice[];
  place: FilterChoice[];
  organization: FilterChoice[];
}

/** What a briefing contributes to the search filters. */
export interface FilterableBriefing {
  /** YYYY-MM-DD. */
  day: string;
  topics: ReadonlyArray<{ label: string }>;
  entities: Record<EntityKind, ReadonlyArray<{ name: string }>>;
}

/**
 * The search page's filter choices, from the briefings search can find. Topics, years and
 * months are all offered. Of the people, places and organisations, only the `entityChoices`
 * most mentioned of each kind are: a choice list of thousands of names helps nobody, and every
 * value is a list of briefings the browser downloads to count results.
 */
export function searchFilterChoices(briefings: readonly FilterableBriefing[], options: { entityChoices: number; lang: string }): SearchFilterChoices {
  const count = (values: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const choices = (counts: Map<string, number>, label: (value: string) => string = (value) => value): FilterChoice[] =>
    [...counts].map(([value, n]) => ({ value, label: label(value), count: n }));
  const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label);
  const newestFirst = (a: FilterChoice, b: FilterChoice) => b.value.localeCompare(a.value);

  const result: SearchFilterChoices = {
    topic: choices(count(briefings.flatMap((briefing) => briefing.topics.map((topic) => topic.label)))).sort(byLabel),
    year: choices(count(briefings.map((briefing) => briefing.day.slice(0, 4)))).sort(newestFirst),
    month: choices(count(briefings.map((briefing) => briefing.day.slice(0, 7))), (value) => monthLabel(value, options.lang)).sort(newestFirst),
    person: [],
    place: [],
    organization: [],
  };
  for (const kind of ENTITY_KINDS) {
    result[ENTITY_FILTER[kind]] = choices(count(briefings.flatMap((briefing) => [...new Set(briefing.entities[kind].map((entity) => entity.name))])))
      .sort((a, b) => b.count - a.count || byLabel(a, b))
      .slice(0, Math.max(0, options.entityChoices))
      .sort(byLabel);
  }
  return result;
}
