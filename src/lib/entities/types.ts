/** The kinds of entity a briefing can mention, as they appear in URLs (/people/, /places/, …). */
export const ENTITY_KINDS = ['people', 'places', 'organizations'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One person, place or organisation a briefing mentions. */
export interface Entity {
  /** Canonical name: "Claudia Sheinbaum", "United States". */
  name: string;
  slug: string;
  /** How often the briefing mentions it, by any of its names. */
  mentions: number;
}

export type BriefingEntities = Record<EntityKind, Entity[]>;

/** Site-wide canonical names and their other spellings, per kind. */
export type EntityAliases = Record<EntityKind, Map<string, string[]>>;
