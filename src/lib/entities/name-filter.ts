/**
 * The filter box of the people, places and organisations lists: which names hold what the
 * reader typed. Runs in the browser, so it imports only the text folding it shares.
 */
import { foldName } from '../text/fold.ts';

/** One entry of /people/names.json …: name, how many briefings mention it, and its page's slug when it has a page. */
export type EntityName = [name: string, briefings: number, slug?: string];

/** The names, in their order, that contain every word of the query; at most `limit` of them, and how many there are. */
export function filterNames(names: readonly EntityName[], query: string, limit: number): { shown: EntityName[]; total: number } {
  const words = foldName(query).split(' ').filter(Boolean);
  const shown: EntityName[] = [];
  let total = 0;
  for (const entry of names) {
    const name = foldName(entry[0]);
    if (!words.every((word) => name.includes(word))) continue;
    total += 1;
    if (shown.length < limit) shown.push(entry);
  }
  return { shown, total };
}
