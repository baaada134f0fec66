import { describe, expect, it } from 'vitest';
import { editDistance, searchVocabulary, suggestQuery } from '../../../src/lib/search/spelling.ts';

const TEXTS = [
  'The harbour authority raised ferry fares. Ferry crews said the fares would rise again.',
  'Inspectors checked the harbour cranes after the storm; the cranes reopened on Monday.',
  'A ferry to Skerryvore was cancelled.',
];
const NAMES = ['Marguerite Okonkwo-Blaise', 'Port Authority of Skerryvore'];

describe('searchVocabulary', () => {
  it("holds the words of every name first, then the briefings' words, most used first, in their usual spelling", () => {
    const words = searchVocabulary(TEXTS, NAMES, 100);
    expect(words.slice(0, 6).sort()).toEqual(['Authority', 'Blaise', 'Marguerite', 'Okonkwo', 'Port', 'Skerryvore']);
    expect(words).toEqual(expect.arrayContaining(['ferry', 'fares', 'harbour', 'cranes', 'Inspectors']));
    expect(words).not.toContain('the');
    expect(words.indexOf('ferry')).toBeLessThan(words.indexOf('cranes'));
    expect(words.indexOf('cranes')).toBeLessThan(words.indexOf('Inspectors'));
  });

  it('keeps only the most used words when a limit is set', () => {
    expect(searchVocabulary(TEXTS, [], 2)).toEqual(['ferry', 'cranes']);
  });
});

describe('suggestQuery', () => {
  const vocabulary = ['ferry', 'harbour', 'cartel', 'cattle', 'Skerryvore', 'Marguerite', 'sovereignty'];

  it('corrects a misspelt name or word to the closest known one, keeping the words it knows', () => {
    expect(suggestQuery('Skerryvoer ferry', vocabulary)).toBe('Skerryvore ferry');
    expect(suggestQuery('Margerite', vocabulary)).toBe('Marguerite');
    expect(suggestQuery('sovreignty', vocabulary)).toBe('sovereignty');
  });

  it('counts two swapped letters as one slip, so the intended word wins over a word two slips away', () => {
    expect(editDistance('cartle', 'cartel')).toBe(1);
    expect(suggestQuery('cartle', vocabulary)).toBe('cartel');
  });

  it('suggests nothing when every word is known, too short, or far from any known word', () => {
    expect(suggestQuery('ferry harbour', vocabulary)).toBeUndefined();
    expect(suggestQuery('fery', ['ferry', 'very'])).toBe('ferry');
    expect(suggestQuery('xylophone', vocabulary)).toBeUndefined();
    expect(suggestQuery('the of', vocabulary)).toBeUndefined();
  });
});
