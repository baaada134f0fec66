import type { EntityListPages } from '../lib/entities/entity-list.ts';
import type { EntityName } from '../lib/entities/name-filter.ts';
import type { EntityKind } from '../lib/entities/types.ts';
import { pageParam } from '../routes.ts';
import type { EntityIndexEntry } from './entity-index.ts';
import { loadSite } from './load-site.ts';

/**
 * The pages of each kind of entity (src/pages/people/, places/, organizations/): every page's
 * params and props, from the one site object, so each page file only names its kind.
 */

/** A page of a kind's list, most mentioned first or A–Z. */
export interface EntityListProps<Page> {
  kind: EntityKind;
  page: Page;
  /** How many names the whole list has. */
  count: number;
  letters: EntityListPages<EntityIndexEntry>['letters'];
}

export type ByCountPage = EntityListPages<EntityIndexEntry>['byCount'][number];
export type AtoZPage = EntityListPages<EntityIndexEntry>['alphabetical'][number];

/**
 * The pages of a kind's list in one order: most mentioned first (/people/, /people/page/2/ …) or
 * every name under its first letter (/people/a-z/ …).
 */
async function listPaths<Order extends 'byCount' | 'alphabetical'>(kind: EntityKind, order: Order) {
  const list = (await loadSite()).entityLists[kind];
  const pages = list[order] as EntityListPages<EntityIndexEntry>[Order];
  const count = pages.reduce((sum, each) => sum + each.items.length, 0);
  return pages.map((page) => ({
    params: { page: pageParam(page.number) },
    props: { kind, page: page as EntityListPages<EntityIndexEntry>[Order][number], count, letters: list.letters },
  }));
}

export const byCountPaths = (kind: EntityKind) => listPaths(kind, 'byCount');
export const atoZPaths = (kind: EntityKind) => listPaths(kind, 'alphabetical');

/** /people/claudia-sheinbaum/ …: one page for each entity mentioned in enough briefings. */
export async function timelinePaths(kind: EntityKind) {
  const entries = (await loadSite()).entities[kind];
  return entries.filter((entry) => entry.hasPage).map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

/**
 * /people/names.json …: every name of a kind, most mentioned first, with its count and, when it
 * has a page, its slug. The list pages' filter box loads it when the reader starts typing.
 */
export async function namesResponse(kind: EntityKind): Promise<Response> {
  const entries = (await loadSite()).entities[kind];
  const names = entries.map((entry): EntityName => (entry.hasPage ? [entry.name, entry.mentions.length, entry.slug] : [entry.name, entry.mentions.length]));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
