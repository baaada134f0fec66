import { parse } from 'yaml';
import { ENTITY_KINDS, type EntityAliases } from './types.ts';

/** Spellings every briefing site shares, so "U.S." and "United States" are one place everywhere. */
export const BUILT_IN_ALIASES: EntityAliases = {
  people: new Map(),
  places: new Map([
    ['United States', ['U.S.', 'US', 'U.S.A.', 'USA', 'United States of America']],
    ['United Kingdom', ['U.K.', 'UK', 'Britain', 'Great Britain']],
    ['Mexico City', ['CDMX']],
  ]),
  organizations: new Map([
    ['European Union', ['EU', 'E.U.']],
    ['United Nations', ['UN', 'U.N.']],
  ]),
};

/** A problem in the aliases file, said so an editor can fix it. */
export class EntityAliasesError extends Error {}

/**
 * Reads a site's aliases file (YAML: `people:`, `places:`, `organizations:`, each mapping a
 * canonical name to a list of other spellings) and adds it to the built-in aliases. Throws
 * EntityAliasesError naming the file and the entry at fault.
 */
export function parseAliases(source: string, file: string): EntityAliases {
  let data: unknown;
  try {
    data = parse(source) ?? {};
  } catch (error) {
    throw new EntityAliasesError(`${file}: not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new EntityAliasesError(`${file}: expected \`people:\`, \`places:\` and \`organizations:\` sections`);
  }
  const aliases: EntityAliases = {
    people: new Map(BUILT_IN_ALIASES.people),
    places: new Map(BUILT_IN_ALIASES.places),
    organizations: new Map(BUILT_IN_ALIASES.organizations),
  };
  for (const [kind, entries] of Object.entries(data)) {
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
      throw new EntityAliasesError(`${file}: unknown section \`${kind}\`: use ${ENTITY_KINDS.map((k) => `\`${k}:\``).join(', ')}`);
    }
    if (entries === null) continue;
    if (typeof entries !== 'object' || Array.isArray(entries)) {
      throw new EntityAliasesError(`${file}: \`${kind}\` must map each canonical name to a list, e.g. \`Donald Trump: [Trump]\``);
    }
    for (const [name, spellings] of Object.entries(entries as Record<string, unknown>)) {
      const list = spellings === null ? [] : spellings;
      if (!Array.isArray(list) || list.some((spelling) => typeof spelling !== 'string' || spelling.trim() === '')) {
        throw new EntityAliasesError(`${file}: \`${kind}.${name}\` must be a list of other spellings, e.g. \`${name}: [${name.split(' ').at(-1)}]\``);
      }
      aliases[kind as keyof EntityAliases].set(name.trim(), list.map((spelling: string) => spelling.trim()));
    }
  }
  return aliases;
}
