import { describe, expect, it } from 'vitest';
import { entityListPages, initialOf, LETTERS } from '../../../src/lib/entities/entity-list.ts';

const entry = (name: string, briefings = 1) => ({ name, briefings });

describe('initialOf', () => {
  it('files a name under its first letter, accents and other scripts by their Latin letter', () => {
    expect(initialOf('claudia Sheinbaum')).toBe('C');
    expect(initialOf('Álvaro Obregón')).toBe('A');
    expect(initialOf('Øresund')).toBe('O');
    expect(initialOf('Путин')).toBe('P');
    expect(initialOf('  “Zeta” Group')).toBe('Z');
  });

  it('files names that start with no letter under #', () => {
    expect(initialOf('3M')).toBe('#');
    expect(initialOf('')).toBe('#');
    expect(initialOf('東京')).toBe('#');
  });
});

describe('entityListPages', () => {
  const names = ['Zoe Ruiz', 'Ana Ruiz', 'Álvaro Obregón', 'Beto Cruz', '7-Eleven', 'bea Soto', 'Carlos Diaz', 'Cecilia Vega'];
  // Already most briefings first, then A–Z, as the entity index gives them.
  const byCount = names.map((name, i) => entry(name, names.length - i));

  it('keeps the most mentioned order and pages it, at most pageSize a page', () => {
    const pages = entityListPages(byCount, { pageSize: 3, lang: 'en' });
    expect(pages.byCount.map((page) => page.items.map((item) => item.name))).toEqual([
      ['Zoe Ruiz', 'Ana Ruiz', 'Álvaro Obregón'],
      ['Beto Cruz', '7-Eleven', 'bea Soto'],
      ['Carlos Diaz', 'Cecilia Vega'],
    ]);
    expect(pages.byCount.map((page) => [page.number, page.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('orders A–Z by first letter, then by name in the site language, with # last, grouped by letter', () => {
    const pages = entityListPages(byCount, { pageSize: 3, lang: 'en' });
    expect(pages.alphabetical.map((page) => page.groups.map((group) => [group.letter, group.continued, group.items.map((item) => item.name)]))).toEqual([
      [
        ['A', false, ['Álvaro Obregón', 'Ana Ruiz']],
        ['B', false, ['bea Soto']],
      ],
      [
        ['B', true, ['Beto Cruz']],
        ['C', false, ['Carlos Diaz', 'Cecilia Vega']],
      ],
      [
        ['Z', false, ['Zoe Ruiz']],
        ['#', false, ['7-Eleven']],
      ],
    ]);
    expect(pages.alphabetical.every((page) => page.items.length <= 3)).toBe(true);
  });

  it('says on which A–Z page each letter starts, and which letters have no one', () => {
    const { letters } = entityListPages(byCount, { pageSize: 3, lang: 'en' });
    expect(letters.map((letter) => letter.letter)).toEqual(LETTERS);
    expect(letters.filter((letter) => letter.page !== undefined).map((letter) => [letter.letter, letter.page])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 2],
      ['Z', 3],
      ['#', 3],
    ]);
  });

  it('pages 1,301 names, the size of a 1,000-briefing site’s people, into pages of at most 200', () => {
    const many = Array.from({ length: 1301 }, (_, i) => entry(`${String.fromCharCode(65 + (i % 26))}name ${i}`, 1301 - i));
    const pages = entityListPages(many, { pageSize: 200, lang: 'en' });
    for (const order of [pages.byCount, pages.alphabetical]) {
      expect(order).toHaveLength(7);
      expect(Math.max(...order.map((page) => page.items.length))).toBe(200);
      expect(order.flatMap((page) => page.items)).toHaveLength(1301);
    }
  });

  it('has one empty page when there are no names', () => {
    const pages = entityListPages([], { pageSize: 200, lang: 'en' });
    expect(pages.byCount).toEqual([{ items: [], number: 1, total: 1 }]);
    expect(pages.alphabetical).toEqual([{ items: [], number: 1, total: 1, groups: [] }]);
    expect(pages.letters.every((letter) => letter.page === undefined)).toBe(true);
  });
});
