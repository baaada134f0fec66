import { describe, expect, it } from 'vitest';
import { closestByRougeL, lcsLength, rougeL, rougeTokens } from '../../../src/lib/qa/rouge.ts';

describe('rougeTokens', () => {
  it('lower-cases words and drops punctuation, keeping apostrophes inside words', () => {
    expect(rougeTokens('Why did the Ferry’s timetable change?')).toEqual(['why', 'did', 'the', 'ferry’s', 'timetable', 'change']);
  });
});

describe('lcsLength', () => {
  it('counts words in order, not in any order', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toBe(3);
    expect(lcsLength(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(lcsLength([], ['a'])).toBe(0);
  });
});

describe('rougeL', () => {
  it('is 1 for the same words, whatever the case and punctuation', () => {
    expect(rougeL('Why did the timetable change?', 'why did the timetable change')).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('is 0 for texts with no word in common', () => {
    expect(rougeL('Where do ferries dock?', 'Who runs the bakery')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('is 0, not NaN, when either text is empty', () => {
    expect(rougeL('', 'Who runs the bakery?').f1).toBe(0);
  });

  it('matches a hand computation: LCS 3 of a 5-word candidate and a 4-word reference', () => {
    // "when did … leave": P = 3/5, R = 3/4, F1 = 2·0.6·0.75 / 1.35 = 2/3.
    const score = rougeL('When did the ferry leave?', 'When did it leave?');
    expect(score.precision).toBeCloseTo(3 / 5, 10);
    expect(score.recall).toBeCloseTo(3 / 4, 10);
    expect(score.f1).toBeCloseTo(2 / 3, 10);
  });

  it('is symmetric in F1 but not in precision and recall', () => {
    const forward = rougeL('a b c d', 'a c');
    const backward = rougeL('a c', 'a b c d');
    expect(forward.precision).toBe(0.5);
    expect(backward.recall).toBe(0.5);
    expect(forward.f1).toBeCloseTo(backward.f1, 10);
  });
});

describe('closestByRougeL', () => {
  it('picks the candidate with the highest F1, and its score', () => {
    const closest = closestByRougeL('Why did the timetable change?', ['Who runs the ferries?', 'Why did the ferry timetable change?']);
    // LCS 5 of 6 candidate words and all 5 reference words: F1 = 2·(5/6)·1 / (11/6) = 10/11.
    expect(closest?.text).toBe('Why did the ferry timetable change?');
    expect(closest?.f1).toBeCloseTo(10 / 11, 10);
  });

  it('keeps the first of equally close candidates', () => {
    expect(closestByRougeL('red boat', ['red car', 'blue boat'])?.text).toBe('red car');
  });

  it('is undefined with no candidates', () => {
    expect(closestByRougeL('Why?', [])).toBeUndefined();
  });
});
