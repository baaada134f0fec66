import type { GetStaticPaths } from 'astro';
import { loadSite } from '../../site/load-site.ts';
import type { EntityName } from '../../lib/entities/name-filter.ts';
import { ENTITY_KINDS, type EntityKind } from '../../lib/entities/types.ts';

/**
 * /people/names.json …: every name of a kind, most mentioned first, with its count and, when it
 * has a page, its slug. The list pages' filter box loads it when the reader starts typing.
 */
export const getStaticPaths = (() => ENTITY_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { kind: EntityKind } }) {
  const entries = (await loadSite()).entities[params.kind];
  const names = entries.map((entry): EntityName => (entry.hasPage ? [entry.name, entry.mentions.length, entry.slug] : [entry.name, entry.mentions.length]));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
