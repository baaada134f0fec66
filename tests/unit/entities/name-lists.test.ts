import { describe, expect, it } from 'vitest';
import { nameLists } from '../../../src/lib/entities/name-lists.ts';

describe('nameLists', () => {
  it('takes the lines of bare names after a line ending in a colon, with "A / B" as one item', () => {
    const lines = ['Give to our partners on the ground:', 'Harbour Relief', 'Quellmark Trust / Fondation Quellmark', 'Friends of the Fens', 'Thank you.'];
    expect(nameLists(lines)).toEqual([
      [
        { name: 'Harbour Relief', otherNames: [] },
        { name: 'Quellmark Trust', otherNames: ['Fondation Quellmark'] },
        { name: 'Friends of the Fens', otherNames: [] },
      ],
    ]);
  });

  it('takes no list of one name, of sentences, or without a colon before it', () => {
    expect(nameLists(['Our partner:', 'Harbour Relief', 'We thank them all.'])).toEqual([]);
    expect(nameLists(['What happened:', 'The board met on Monday.', 'Votes were cast, then counted.'])).toEqual([]);
    expect(nameLists(['Harbour Relief', 'Quellmark Trust'])).toEqual([]);
    expect(nameLists(['Steps:', 'Open the form', 'Sign it'])).toEqual([]);
  });
});
