import { describe, expect, it } from 'vitest';
import { bodyStart, sentenceExcerpt } from '../../../src/lib/search/sentence-excerpt.ts';

// What the search index holds for a page: topic labels, the headline, then the body, as words.
const CONTENT =
  'Harbours. Ferry Fares Rise Again. The harbour authority raised ferry fares on Monday. Crews said the fares, already high, would rise again in spring. Why it matters. Islanders depend on the ferry for work and school.';
const TOKENS = CONTENT.split(' ');
const at = (word: string, from = 0) => TOKENS.findIndex((token, index) => index >= from && token.replace(/\W/g, '') === word);
const text = (parts: Array<{ text: string; marked: boolean }>) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('bodyStart', () => {
  it('finds where the body starts, after the topic labels and the headline', () => {
    expect(bodyStart(TOKENS, 'Ferry Fares Rise Again')).toBe(at('The'));
    expect(bodyStart(TOKENS, 'A headline not there')).toBe(0);
  });
});

describe('sentenceExcerpt', () => {
  const from = bodyStart(TOKENS, 'Ferry Fares Rise Again');

  it('starts at the sentence of the first match in the body, never at the labels or headline, and marks whole words without punctuation', () => {
    const fares = [at('Fares'), at('fares', from), at('fares', at('fares', from) + 1)];
    expect(text(sentenceExcerpt(CONTENT, fares, { from, length: 14 }))).toBe(
      'The harbour authority raised ferry [fares] on Monday. Crews said the [fares], already high, …',
    );
  });

  it('starts at the sentence holding a later match, not in the middle of it', () => {
    expect(text(sentenceExcerpt(CONTENT, [at('spring')], { from, length: 12 }))).toBe(
      'Crews said the fares, already high, would rise again in [spring]. Why …',
    );
  });

  it('stops where a heading of the page begins, rather than running into it', () => {
    expect(text(sentenceExcerpt(CONTENT, [at('spring')], { from, length: 12, headings: ['Why it matters', 'Ferry Fares Rise Again'] }))).toBe(
      'Crews said the fares, already high, would rise again in [spring].',
    );
  });

  it('opens on the body when the only match is in the headline', () => {
    expect(text(sentenceExcerpt(CONTENT, [at('Ferry')], { from, length: 5 }))).toBe('The harbour authority raised ferry …');
  });

  it('for a section, skips its heading and starts at the first sentence below it', () => {
    const section = at('Why');
    expect(text(sentenceExcerpt(CONTENT, [at('matters'), at('ferry', section)], { from: section, length: 20, skipSentence: 'Why it matters' }))).toBe(
      'Islanders depend on the [ferry] for work and school.',
    );
    expect(text(sentenceExcerpt(CONTENT, [at('matters')], { from: section, length: 4, skipSentence: 'Why it matters' }))).toBe('Islanders depend on the …');
  });
});
