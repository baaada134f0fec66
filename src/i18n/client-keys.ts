import type { MessageKey } from './tables.ts';

/**
 * The messages browser code shows, by what shows them. Pages hand them to the browser in a JSON
 * block (ClientMessages.astro) taken from the site’s table, so the browser has no words of its own.
 * Only key names live here: browser code imports this module, never the tables.
 */
export const CLIENT_MESSAGE_KEYS = {
  /** The search dialog (every page) and the search page: statuses, results, filter chips. */
  search: [
    'count.briefings',
    'search.heading',
    'search.choice',
    'search.choiceCount',
    'search.filtersSet',
    'search.filter',
    'search.topic',
    'search.removeFilter',
    'search.clearFilters',
    'search.prompt',
    'search.promptWithFilters',
    'search.found',
    'search.foundFor',
    'search.foundIn',
    'search.foundForIn',
    'search.none',
    'search.noneFor',
    'search.noneIn',
    'search.noneForIn',
    'search.relaxed',
    'search.didYouMean',
    'search.matchingSections',
    'search.more',
    'searchDialog.field',
    'searchDialog.close',
    'searchDialog.closeWhat',
    'searchDialog.more',
  ],
  /** The filter box of the people, places and organisations lists. */
  entityFilter: [
    'count.briefings',
    'entities.people.count',
    'entities.places.count',
    'entities.organizations.count',
    'entityFilter.loadFailed',
    'entityFilter.none',
    'entityFilter.some',
    'entityFilter.all',
  ],
} as const satisfies Record<string, readonly MessageKey[]>;

export type ClientMessageGroup = keyof typeof CLIENT_MESSAGE_KEYS;
export type ClientMessageKey = (typeof CLIENT_MESSAGE_KEYS)[ClientMessageGroup][number];

/** The id of the page's JSON block of messages (kept with the layout's other ids). */
export { CLIENT_MESSAGES_ID } from '../lib/page-ids.ts';
