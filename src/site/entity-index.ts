import { type Entity, ENTITY_KINDS, type EntityKind } from '../lib/entities/types.ts';
import { ALPHABETICAL_SEGMENT } from '../routes.ts';
import type { Briefing } from './briefing.ts';
import { slugProblem } from '../lib/briefings/paths.ts';

/** An entity across the site: every briefing that mentions it, newest first, with how often. */
export interface EntityIndexEntry {
  kind: EntityKind;
  name: string;
  slug: string;
  mentions: Array<{ briefing: Briefing; count: number }>;
  /**
   * Whether it has its own page: mentioned in at least `minBriefings` briefings, with a name that
   * makes an address (not "a-z", the A–Z list's, and not one with no Latin letters or digits).
   */
  hasPage: boolean;
}

export type EntityIndex = Record<EntityKind, EntityIndexEntry[]>;

/** Every person, place and organisation the briefings (newest first) mention, most briefings first, then by name. */
export function entityIndex(briefings: readonly Briefing[], minBriefings: number): EntityIndex {
  const index = {} as EntityIndex;
  for (const kind of ENTITY_KINDS) {
    const bySlug = new Map<string, EntityIndexEntry>();
    for (const briefing of briefings) {
      for (const entity of briefing.entities[kind] as Entity[]) {
        const entry = bySlug.get(entity.slug) ?? { kind, name: entity.name, slug: entity.slug, mentions: [], hasPage: false };
        entry.mentions.push({ briefing, count: entity.mentions });
        bySlug.set(entity.slug, entry);
      }
    }
    index[kind] = [...bySlug.values()]
      .map((entry) => ({
        ...entry,
        hasPage: entry.mentions.length >= minBriefings && entry.slug !== ALPHABETICAL_SEGMENT && slugProblem(entry.slug) === undefined,
      }))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  }
  return index;
}
