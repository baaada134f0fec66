import transliterate from '@sindresorhus/transliterate';
import { type ListingPage, paginate } from '../briefings/pagination.ts';

/**
 * The lists of people, places and organisations, in pages: most mentioned first (the order the
 * entity index gives) and A–Z, grouped under first letters that an A–Z bar links to.
 */

/** The A–Z bar's letters, in the order of the A–Z list: names that start with no letter come last, under #. */
export const LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** The URL segment of the A–Z order, /people/a-z/; no entity with this slug can have a page there. */

/** The letter a name is filed under: its first letter written in Latin letters ("Álvaro" → A, "Путин" → P), else #. */
export function initialOf(name: string): string {
  const first = transliterate(name)
    .toUpperCase()
    .match(/[A-Z0-9]/)?.[0];
  return first && /[A-Z]/.test(first) ? first : '#';
}

/** The id of a letter's heading on the A–Z pages, which the A–Z bar links to: letter-a … letter-z, letter-other. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/** Names that share a first letter on one page of the A–Z list. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
  /** The letter started on an earlier page. */
  continued: boolean;
}

export interface EntityListPages<T> {
  /** Most briefings first, as given. */
  byCount: ListingPage<T>[];
  /** By first letter (LETTERS order), then by name in the site's language. */
  alphabetical: Array<ListingPage<T> & { groups: LetterGroup<T>[] }>;
  /** Every letter of the A–Z bar with the A–Z page it starts on; no page when no name starts with it. */
  letters: Array<{ letter: string; page?: number }>;
}

/** Splits a kind's list, already most mentioned first, into pages of at most `pageSize` in both orders. */
export function entityListPages<T extends { name: string }>(byCount: readonly T[], options: { pageSize: number; lang: string }): EntityListPages<T> {
  const collator = new Intl.Collator(options.lang, { sensitivity: 'base', numeric: true });
  const filed = byCount.map((item) => ({ item, letter: initialOf(item.name) }));
  filed.sort((a, b) => LETTERS.indexOf(a.letter) - LETTERS.indexOf(b.letter) || collator.compare(a.item.name, b.item.name));
  const letterOf = new Map(filed.map(({ item, letter }) => [item, letter]));
  const starts = new Map<string, number>();
  const alphabetical = paginate(
    filed.map(({ item }) => item),
    options.pageSize,
  ).map((page) => {
    const groups: LetterGroup<T>[] = [];
    for (const item of page.items) {
      const letter = letterOf.get(item) ?? '#';
      const last = groups.at(-1);
      if (last?.letter === letter) last.items.push(item);
      else {
        groups.push({ letter, items: [item], continued: starts.has(letter) });
        if (!starts.has(letter)) starts.set(letter, page.number);
      }
    }
    return { ...page, groups };
  });
  return {
    byCount: paginate(byCount, options.pageSize),
    alphabetical,
    letters: LETTERS.map((letter) => (starts.has(letter) ? { letter, page: starts.get(letter)! } : { letter })),
  };
}
