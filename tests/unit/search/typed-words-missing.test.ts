import { describe, expect, it } from 'vitest';
import { standsFor, typedWordsMissing } from '../../../src/lib/search/typed-words-missing.ts';

describe('standsFor: a word the index matched stands for the word typed', () => {
  it('the same word, another form of it, or a longer word it begins', () => {
    expect(standsFor('harbour', 'Harbour,')).toBe(true);
    expect(standsFor('policies', 'policy')).toBe(true);
    expect(standsFor('ferries', 'ferry')).toBe(true);
    expect(standsFor('running', 'run')).toBe(true);
    expect(standsFor('state', 'statement')).toBe(true);
    expect(standsFor('Quellmark', 'Quellmark’s')).toBe(true);
    expect(standsFor('Mexico', 'México')).toBe(true);
  });

  it('the typed word less one slip at its end', () => {
    expect(standsFor('Gullrockx', 'Gullrock')).toBe(true);
  });

  it('not a shorter word that only shares its first letters', () => {
    expect(standsFor('cartel', 'cars')).toBe(false);
    expect(standsFor('Quellmarx', 'Quell')).toBe(false);
    expect(standsFor('harbourmaster', 'harbour')).toBe(false);
    expect(standsFor('pier', 'ferry')).toBe(false);
  });
});

describe('typedWordsMissing', () => {
  const content = 'Trade. Harbourtown Opens Pier. The non-toll crossing opened after cars queued at the pier for hours.';
  // Word positions in the content, as the search index gives them.
  const at = (word: string) => content.split(/\s+/).findIndex((token) => token.toLowerCase().includes(word));

  it('is empty when every typed word was matched', () => {
    expect(typedWordsMissing(['pier', 'opened'], content, [at('pier.'), at('opened')])).toEqual([]);
    expect(typedWordsMissing(['toll'], content, [at('non-toll')])).toEqual([]);
  });

  it('names a typed word the index answered with a shorter word', () => {
    expect(typedWordsMissing(['cartel'], content, [at('cars')])).toEqual(['cartel']);
    expect(typedWordsMissing(['cartel', 'pier'], content, [at('cars'), at('pier.')])).toEqual(['cartel']);
  });

  it('judges nothing when the result gives no positions', () => {
    expect(typedWordsMissing(['cartel'], content, [])).toEqual([]);
  });
});
