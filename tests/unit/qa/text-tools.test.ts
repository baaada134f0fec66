import { describe, expect, it } from 'vitest';
import { canOpenAnswer, pickAnswer } from '../../../src/lib/qa/answer.ts';
import { looksEnglish } from '../../../src/lib/qa/language.ts';
import { fullNamesBySurname } from '../../../src/lib/qa/names.ts';
import { questionIds } from '../../../src/lib/qa/question-ids.ts';
import { articleCasing, sentenceCase } from '../../../src/lib/qa/recase.ts';
import { splitSentences, wordCount } from '../../../src/lib/qa/sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations such as U.S., Gen. and p.m. inside their sentence', () => {
    expect(splitSentences('The U.S. Military said so. Gen. Smith met Mr. Jones at 5 p.m. Friday. It rained.')).toEqual([
      'The U.S. Military said so.',
      'Gen. Smith met Mr. Jones at 5 p.m. Friday.',
      'It rained.',
    ]);
  });

  it('returns exact substrings of the input', () => {
    const text = 'Mexico claims that 200,000 firearms are smuggled.  “We will act,” she said. Done!';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});

describe('wordCount', () => {
  it('counts words, numbers and hyphenated words once, not punctuation', () => {
    expect(wordCount('U.S.-made firearms — 200,000 of them — crossed.')).toBe(6);
  });
});

describe('sentenceCase', () => {
  const casing = articleCasing('Officials in Mexico City met the U.S. delegation about security. The high-level group will meet in Mexico.');

  it('lower-cases common words and keeps names and acronyms as the article writes them', () => {
    expect(sentenceCase('Formation of High-Level Security Group', casing)).toBe('formation of high-level security group');
    expect(sentenceCase('Security in Mexico City and the U.S.', casing)).toBe('security in Mexico City and the U.S.');
  });

  it('does not take a capital at the start of a sentence as a name', () => {
    expect(articleCasing('Officials met. Officials left.').capitalised.has('officials')).toBe(false);
  });
});

describe('fullNamesBySurname', () => {
  it('maps surnames to full names, without titles or possessives', () => {
    const names = fullNamesBySurname(
      'Defense Secretary Pete Hegseth spoke after Marco Rubio. Claudia Sheinbaum’s office replied. Later Sheinbaum and Rubio met.',
    );
    expect(Object.fromEntries(names)).toEqual({ Hegseth: 'Pete Hegseth', Rubio: 'Marco Rubio', Sheinbaum: 'Claudia Sheinbaum' });
  });

  it('leaves out a surname shared by two people rather than guess', () => {
    const names = fullNamesBySurname('Hillary Clinton and Bill Clinton arrived with Joe Biden.');
    expect(names.has('Clinton')).toBe(false);
    expect(names.get('Biden')).toBe('Joe Biden');
  });
});

describe('canOpenAnswer and pickAnswer', () => {
  it('an answer never opens with a pronoun or a bare quotation', () => {
    expect(canOpenAnswer('She has cooperated with the administration on migration.')).toBe(false);
    expect(canOpenAnswer('“We will not accept it,” the minister said on Monday.')).toBe(false);
    expect(canOpenAnswer('Sheinbaum has cooperated with the administration on migration.')).toBe(true);
  });

  it('takes the lead sentence plus the sentence that best answers the question, in article order, verbatim', () => {
    const blocks = [
      'Mexico has stricter gun control laws than the United States. Officials met on Monday in a closed session. ' +
        'In response to smuggling, Mexico has sued U.S. firearm manufacturers.',
    ];
    expect(pickAnswer('How is Mexico addressing firearm smuggling?', blocks)).toBe(
      'Mexico has stricter gun control laws than the United States. In response to smuggling, Mexico has sued U.S. firearm manufacturers.',
    );
  });

  it('skips an opening sentence that starts with a pronoun', () => {
    expect(pickAnswer('What did the group agree?', ['It was a long day for everyone there. The group agreed to meet every month in Mexico City.'])).toBe(
      'The group agreed to meet every month in Mexico City.',
    );
  });

  it('stays within about fifty words', () => {
    const long = 'The committee published a report that runs to many pages and covers every aspect of the border, the ports and the roads in between. ';
    const answer = pickAnswer('What did the report say?', [long.repeat(3)]) ?? '';
    expect(answer.split(/\s+/).length).toBeLessThanOrEqual(50);
  });

  it('gives no answer when every sentence needs context it does not have', () => {
    expect(pickAnswer('What did she say?', ['She said no. They left.'])).toBeUndefined();
  });
});

describe('looksEnglish', () => {
  it('tells English prose from Spanish prose', () => {
    expect(looksEnglish('The group will meet regularly to monitor the commitments that both countries made in the statement.')).toBe(true);
    expect(looksEnglish('El grupo se reunirá periódicamente para vigilar los compromisos que ambos países asumieron en la declaración conjunta.')).toBe(false);
  });
});

describe('questionIds', () => {
  it('prefixes slugs with q- and keeps repeated questions apart', () => {
    expect(questionIds(['What is the purpose of the group?', 'Why?', 'Why?'])).toEqual(['q-what-is-the-purpose-of-the-group', 'q-why', 'q-why-1']);
  });
});
