import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
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

/** A problem in the aliases file, said so an editor can fix it: the file, the line and the fix. */
export class EntityAliasesError extends Error {
  readonly file: string;
  readonly line: number;
  /** What is wrong and how to fix it, without the file and line. */
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** How many times one alias may be expanded; an aliases file needs none. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads a site's aliases file (YAML: `people:`, `places:`, `organizations:`, each mapping a
 * canonical name to a list of other spellings) and adds it to the built-in aliases. Throws
 * EntityAliasesError naming the file, the line and the entry at fault.
 */
export function parseAliases(source: string, file: string): EntityAliases {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  /** The line of a section or name (the key), or of the closest one that exists. */
  const lineOf = (path: string[]) => {
    let node: unknown = document.contents;
    let line = 1;
    for (const key of path) {
      if (!isMap(node)) break;
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
      node = pair.value;
    }
    return line;
  };
  const fail = (line: number, reason: string): never => {
    throw new EntityAliasesError(file, line, reason);
  };
  const [error] = document.errors;
  if (error) {
    fail(
      lineAt(error.pos[0]),
      `is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}): check this line; write each name as \`Name: [Other spelling, Another]\`, and put a name containing a colon followed by a space in double quotes`,
    );
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    let line = 1;
    visit(document, {
      Alias: (_, node) => {
        if (node.range) line = lineAt(node.range[0]);
        return visit.BREAK;
      },
    });
    fail(line, 'uses YAML aliases (&name / *name) too many times: write the names out in full instead of repeating them with `*name`');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail(
      1,
      'must have `people:`, `places:` and/or `organizations:` sections, each mapping a name to a list of its other spellings, e.g. `Donald Trump: [Trump]`',
    );
  }
  const aliases: EntityAliases = {
    people: new Map(BUILT_IN_ALIASES.people),
    places: new Map(BUILT_IN_ALIASES.places),
    organizations: new Map(BUILT_IN_ALIASES.organizations),
  };
  for (const [kind, entries] of Object.entries(data as Record<string, unknown>)) {
    if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
      fail(lineOf([kind]), `unknown section \`${kind}\`: use ${ENTITY_KINDS.map((k) => `\`${k}:\``).join(', ')}`);
    }
    if (entries === null) continue;
    if (typeof entries !== 'object' || Array.isArray(entries)) {
      fail(lineOf([kind]), `\`${kind}\` must map each canonical name to a list, e.g. \`Donald Trump: [Trump]\``);
    }
    for (const [name, spellings] of Object.entries(entries as Record<string, unknown>)) {
      const list = spellings === null ? [] : spellings;
      if (!Array.isArray(list) || list.some((spelling) => typeof spelling !== 'string' || spelling.trim() === '')) {
        fail(lineOf([kind, name]), `\`${kind}.${name}\` must be a list of other spellings, e.g. \`${name}: [${name.split(' ').at(-1)}]\``);
      }
      aliases[kind as keyof EntityAliases].set(
        name.trim(),
        (list as string[]).map((spelling) => spelling.trim()),
      );
    }
  }
  return aliases;
}
