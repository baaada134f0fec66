import { describe, expect, it } from 'vitest';
import { type EntityName, filterNames } from '../../../src/lib/entities/name-filter.ts';

describe('filterNames', () => {
  const names: EntityName[] = [
    ['Claudia Sheinbaum', 12, 'claudia-sheinbaum'],
    ['Marco Rubio', 7, 'marco-rubio'],
    ['Omar García Harfuch', 3, 'omar-garcia-harfuch'],
    ['Ana Ruiz', 1],
  ];

  it('keeps, in order, the names that hold every word typed, anywhere, whatever the case or accents', () => {
    expect(filterNames(names, 'mar', 10)).toEqual({ shown: [names[1], names[2]], total: 2 });
    expect(filterNames(names, 'GARCIA  omar', 10)).toEqual({ shown: [names[2]], total: 1 });
    expect(filterNames(names, 'ruíz', 10)).toEqual({ shown: [names[3]], total: 1 });
    expect(filterNames(names, 'nobody', 10)).toEqual({ shown: [], total: 0 });
  });

  it('shows at most `limit` and counts the rest', () => {
    expect(filterNames(names, 'a', 2)).toEqual({ shown: [names[0], names[1]], total: 4 });
  });

  it('keeps every name for an empty or blank filter', () => {
    expect(filterNames(names, '   ', 10)).toEqual({ shown: names, total: 4 });
  });
});
