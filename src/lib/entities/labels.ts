import type { EntityKind } from './types.ts';

/** How pages name each kind of entity. */
export const ENTITY_LABELS: Record<EntityKind, { plural: string; singular: string }> = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  organizations: { plural: 'Organizations', singular: 'Organization' },
};
