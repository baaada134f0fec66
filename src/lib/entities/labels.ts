import type { EntityFilter } from '../search/search-state.ts';
import type { EntityKind } from './types.ts';

/** How pages name each kind of entity. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string; filter: EntityFilter }> = {
  people: { plural: 'People', singular: 'Person', filter: 'person' },
  places: { plural: 'Places', singular: 'Place', filter: 'place' },
  organizations: { plural: 'Organizations', singular: 'Organization', filter: 'organization' },
};
