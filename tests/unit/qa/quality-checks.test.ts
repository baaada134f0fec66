import { beforeAll, describe, expect, it } from 'vitest';
import { createTreeParser } from '../../../src/render/processor.ts';
import {
  type ArticleEvidence,
  answerComplete,
  answerDebris,
  answerLength,
  answerOpening,
  articleEvidence,
  CHECK_NAMES,
  checkPairs,
  duplicateOf,
  type PairCheck,
  questionCasing,
  questionDebris,
  questionForm,
  questionPronoun,
  questionVoice,
  proseSentences,
  verbatim,
} from '../../../src/lib/qa/quality-checks.ts';

// An invented article: a lead, a Title Case heading, a list, a GFM table and a second section.
const ARTICLE = [
  'The Harbour Council of Eastvale approved a new ferry timetable on Monday. Ferries will now leave every 20 minutes during the morning rush.',
  '',
  '## Why the Timetable Changed',
  '',
  'Commuters complained about crowded boats for two years. The council said the "old plan" was written for a smaller town.',
  '',
  '- Sensors from KelpNet count passengers at each pier.',
  '- Counts are published every night in the iPier app.',
  '- Each skipper logs every trip with `Trip::Log` in the harbour system.',
  '',
  '| Route | Boats |',
  '| --- | --- |',
  '| North pier | Four ferries run on this route. |',
  '',
  '## Harbour Sunsets',
  '',
  'Visitors often stay on the boats after dark to watch the water, and the council expects more ferries in summer.',
  'The night count sits in a field the system calls i. Does the pier close? It Does.',
].join('\n');

let article: ArticleEvidence;
beforeAll(async () => {
  const parse = createTreeParser();
  article = articleEvidence(parse(ARTICLE));
});

const GOOD_QUESTION = 'Why did the ferry timetable change?';
const GOOD_ANSWER = 'Ferries will now leave every 20 minutes during the morning rush.';

/** The check's verdict on an answer (with a good question). */
const onAnswer = (check: PairCheck, answer: string) => check({ question: GOOD_QUESTION, answer }, article);
/** The check's verdict on a question (with a good answer). */
const onQuestion = (check: PairCheck, question: string) => check({ question, answer: GOOD_ANSWER }, article);

describe('articleEvidence', () => {
  it('keeps headings out of the text and lists them as titles', () => {
    expect(article.titles).toEqual(['Why the Timetable Changed', 'Harbour Sunsets']);
    expect(article.text).not.toContain('Timetable Changed');
  });

  it('takes list items and table cells as blocks, with quotes straightened', () => {
    expect(article.blocks).toContain('Counts are published every night in the iPier app.');
    expect(article.blocks).toContain('Four ferries run on this route.');
    expect(article.text).toContain('the "old plan" was');
  });
});

describe('proseSentences', () => {
  it('splits after a full stop before a capital, but not after an abbreviation', () => {
    expect(proseSentences('The U.S. Navy sailed. It came back.')).toEqual(['The U.S. Navy sailed.', 'It came back.']);
  });

  it('does not split after a middle initial', () => {
    expect(proseSentences('The seat went to Mira G. Quell. She won.')).toEqual(['The seat went to Mira G. Quell.', 'She won.']);
  });
});

describe('verbatim', () => {
  it('passes a sentence copied from a paragraph, list item or table cell', () => {
    expect(onAnswer(verbatim, GOOD_ANSWER)).toEqual({ ok: true });
    expect(onAnswer(verbatim, 'Sensors from KelpNet count passengers at each pier.')).toEqual({ ok: true });
    expect(onAnswer(verbatim, 'Four ferries run on this route.')).toEqual({ ok: true });
  });

  it('treats curly and straight quotes, and runs of whitespace, as the same', () => {
    expect(onAnswer(verbatim, 'The council said the “old plan” was  written for a smaller town.')).toEqual({ ok: true });
  });

  it('passes two sentences taken from two blocks', () => {
    expect(onAnswer(verbatim, 'The council said the "old plan" was written for a smaller town. Sensors from KelpNet count passengers at each pier.')).toEqual({
      ok: true,
    });
  });

  it('fails a changed word, and names the sentence that is not in the article', () => {
    expect(onAnswer(verbatim, 'Ferries will now leave every 15 minutes during the morning rush.').ok).toBe(false);
    const result = onAnswer(verbatim, 'Commuters complained about crowded boats for two years. They wanted bigger boats.');
    expect(result).toEqual({ ok: false, detail: 'not in the article: "They wanted bigger boats."' });
  });

  it('fails heading text, which is not article prose', () => {
    expect(onAnswer(verbatim, 'Why the Timetable Changed').ok).toBe(false);
  });
});

describe('answer-debris', () => {
  it('passes plain text and a bare URL', () => {
    expect(onAnswer(answerDebris, GOOD_ANSWER)).toEqual({ ok: true });
    expect(onAnswer(answerDebris, 'The timetable is at https://example.org/ferry__times#today for all piers.')).toEqual({ ok: true });
  });

  it.each([
    ['a footnote mark', 'Ferries leave every 20 minutes.[^1]'],
    ['a link', 'See the [timetable](https://example.org) for details.'],
    ['bold', 'Ferries leave **every** 20 minutes.'],
    ['underscore bold', 'Ferries leave __every__ 20 minutes.'],
    ['code', 'Open the `iPier` app to see times.'],
    ['a heading mark', '## Timetable Ferries leave every 20 minutes.'],
    ['a tag', 'Ferries leave <b>every</b> 20 minutes.'],
    ['a table pipe', 'North pier | Four ferries run on this route.'],
  ])('fails %s', (_, answer) => {
    expect(onAnswer(answerDebris, answer).ok).toBe(false);
  });
});

describe('answer-complete', () => {
  it.each([
    GOOD_ANSWER,
    '"Old plans" were written for a smaller town.',
    'The council called it "a fix."',
    '20 ferries now run every day.',
    'Will the boats be faster?',
  ])('passes %s', (answer) => {
    expect(onAnswer(answerComplete, answer)).toEqual({ ok: true });
  });

  it.each([
    ['a lower-case start', 'ferries will now leave every 20 minutes.'],
    ['a colon at the end', 'The new timetable changes three things:'],
    ['a semicolon at the end', 'The new timetable changes three things;'],
    ['no full stop', 'Ferries will now leave every 20 minutes'],
    ['an ellipsis', 'Ferries will now leave every 20 minutes…'],
    ['a list introduction', 'The changes to the timetable are as follows.'],
    ['"include"', 'Changes to the timetable include.'],
  ])('fails %s', (_, answer) => {
    expect(onAnswer(answerComplete, answer).ok).toBe(false);
  });
});

describe('answer-length', () => {
  const words = (n: number) => `${Array.from({ length: n }, () => 'boat').join(' ')}.`;

  it('passes 6 and 50 words', () => {
    expect(onAnswer(answerLength, words(6))).toEqual({ ok: true });
    expect(onAnswer(answerLength, words(50))).toEqual({ ok: true });
  });

  it('fails 5 and 51 words, not counting tokens without a letter or digit', () => {
    expect(onAnswer(answerLength, words(5))).toEqual({ ok: false, detail: '5 words, fewer than 6' });
    expect(onAnswer(answerLength, 'Ferries leave — every twenty minutes.')).toEqual({ ok: false, detail: '5 words, fewer than 6' });
    expect(onAnswer(answerLength, words(51))).toEqual({ ok: false, detail: '51 words, more than 50' });
  });
});

describe('answer-opening', () => {
  it.each([GOOD_ANSWER, 'Italy sends two ferries a year.', 'Thenford pier opens in May.'])('passes %s', (answer) => {
    expect(onAnswer(answerOpening, answer)).toEqual({ ok: true });
  });

  it.each([
    'However, ferries will leave later.',
    'It is the first change in years.',
    'It’s the first change.',
    'These boats are new.',
    '"They" said it was late.',
    'thus the boats wait.',
  ])('fails %s', (answer) => {
    expect(onAnswer(answerOpening, answer).ok).toBe(false);
  });
});

describe('question-form', () => {
  it.each([
    GOOD_QUESTION,
    'How often do ferries leave?',
    'What did the U.S. Coast Guard say?',
    'Has the council approved it?',
    'Aren’t the boats full?',
    'What’s new in the timetable?',
  ])('passes %s', (question) => {
    expect(onQuestion(questionForm, question)).toEqual({ ok: true });
  });

  it.each([
    ['no question word', 'Timetable changes this year?'],
    ['a conjunction first', 'But why did the timetable change?'],
    ['a negation that is no auxiliary', 'Needn’t the boats wait?'],
    ['a lower-case start', 'why did the timetable change?'],
    ['two question marks', 'What changed? Why did it change?'],
    ['a question mark before the end', 'What changed? Nothing'],
    ['no question mark', 'What changed in the timetable.'],
    ['two sentences', 'Ferries changed. What did the council say?'],
    ['an exclamation', 'What a change! Why now?'],
    ['two words', 'Why change?'],
    ['26 words', `What ${Array.from({ length: 24 }, () => 'boat').join(' ')} changed?`],
  ])('fails %s', (_, question) => {
    expect(onQuestion(questionForm, question).ok).toBe(false);
  });
});

describe('question-debris', () => {
  it.each([GOOD_QUESTION, 'Does the 10:30 ferry still run?', 'Why is the snake_case name kept?'])('passes %s', (question) => {
    expect(onQuestion(questionDebris, question)).toEqual({ ok: true });
  });

  it.each([
    '1. Why did the timetable change?',
    '2) Why did the timetable change?',
    'Step 2 Why did the timetable change?',
    'Timetable: why did it change?',
    'Why did the timetable change 🚢?',
    'Why did the #timetable change?',
    'Why did the *timetable* change?',
    'Why did the _timetable_ change?',
    'Why did the `timetable` change?',
    'Why did the timetable [1] change?',
    'Why did the timetable change??',
    'Why did the timetable… change?',
    'Why did the timetable -- change?',
    'Why did the timetable--change?',
    'Why did the timetable change ?',
  ])('fails %s', (question) => {
    expect(onQuestion(questionDebris, question).ok).toBe(false);
  });

  it('passes a command-line flag, which is a name', () => {
    expect(onQuestion(questionDebris, 'What does the --berth flag do?').ok).toBe(true);
  });
});

describe('question-casing', () => {
  it.each([
    // "I" is the pronoun, whatever the article's system calls "i"; a function word is never a name.
    'How do I count the ferries in a loop?',
    'How does the pier compare with the quay?',
    'How do KelpNet sensors count passengers?',
    'What is in the iPier app?',
    'Why did Eastvale’s ferries change?',
    // Not judged: used only in a heading, only at sentence starts, or not at all.
    'Why are Sunsets popular?',
    'Why did Commuters complain?',
    'Why do Dolphins follow boats?',
    // The first word is never judged, nor the first word of a second sentence.
    'Ferries leave when?',
    'Do boats wait? Ferries leave when?',
    // A word the article writes as code ("Trip::Log") may be written as the code writes it.
    'What is Trip::Log?',
    'How is a Trip logged?',
  ])('passes %s', (question) => {
    expect(onQuestion(questionCasing, question)).toEqual({ ok: true });
  });

  it('fails a name or acronym written differently from the article', () => {
    expect(onQuestion(questionCasing, 'How do Kelpnet sensors count passengers?')).toEqual({ ok: false, detail: '"Kelpnet": the article writes "KelpNet"' });
    expect(onQuestion(questionCasing, 'What is in the Ipier app?').ok).toBe(false);
    expect(onQuestion(questionCasing, 'Where is eastvale?').ok).toBe(false);
  });

  it('judges other forms by the prose alone: code does not make a word "sometimes capitalised"', () => {
    expect(onQuestion(questionCasing, 'How is a TRIP logged?')).toEqual({ ok: false, detail: '"TRIP": the article writes "trip"' });
    expect(onQuestion(questionCasing, 'Why does a Skipper log trips?').ok).toBe(false);
  });

  it('fails a capital on a word the article writes only in lower case, even if a heading capitalises it', () => {
    expect(onQuestion(questionCasing, 'Why do Ferries run late?')).toEqual({ ok: false, detail: '"Ferries": the article writes "ferries"' });
    expect(onQuestion(questionCasing, 'Why did the Timetable change?').ok).toBe(false);
  });
});

describe('question-voice', () => {
  it.each([GOOD_QUESTION, 'What should I know about the ferries?', 'When can you board?', 'What did the US navy say?', 'Is the trust solvent?'])(
    'passes %s',
    (question) => {
      expect(onQuestion(questionVoice, question)).toEqual({ ok: true });
    },
  );

  it.each(['What did we change?', 'Why did our council act?', 'What does it mean for us?', 'Which boats are ours?'])('fails %s', (question) => {
    expect(onQuestion(questionVoice, question).ok).toBe(false);
  });
});

describe('question-pronoun', () => {
  it.each([GOOD_QUESTION, 'Which IT systems count passengers?', 'Why does Italy send ferries?', 'What is the theme?'])('passes %s', (question) => {
    expect(onQuestion(questionPronoun, question)).toEqual({ ok: true });
  });

  it.each(['What did they decide?', 'Why is this needed?', 'What does it cost?', 'How did his plan work?', 'When were those boats built?'])(
    'fails %s',
    (question) => {
      expect(onQuestion(questionPronoun, question).ok).toBe(false);
    },
  );
});

describe('duplicate', () => {
  const first = { question: 'Why did the ferry timetable change?', answer: 'Commuters complained about crowded boats for two years.' };

  it('passes a pair with a new question and a different answer', () => {
    expect(duplicateOf({ question: 'How are passengers counted?', answer: 'Sensors from KelpNet count passengers at each pier.' }, [first])).toEqual({
      ok: true,
    });
  });

  it('fails the same question written with other capitals and punctuation', () => {
    expect(duplicateOf({ question: 'why did the ferry-timetable change', answer: 'Sensors count passengers.' }, [first])).toEqual({
      ok: false,
      detail: 'asks the same as pair 1',
    });
  });

  it('fails an identical answer, and answers sharing most of their content words', () => {
    expect(duplicateOf({ question: 'Who complained?', answer: first.answer }, [first]).ok).toBe(false);
    // Content words {commuters, complained, crowded, boats, years} against {commuters, complained, crowded, boats, weeks}: 4 of 5 shared.
    expect(duplicateOf({ question: 'Who complained?', answer: 'Commuters complained about crowded boats for weeks.' }, [first]).ok).toBe(false);
  });
});

describe('checkPairs', () => {
  it('names every failed check of each pair, and marks only the later of two duplicates', () => {
    const pairs = [
      { question: GOOD_QUESTION, answer: GOOD_ANSWER },
      { question: 'Why did we change it?', answer: GOOD_ANSWER },
    ];
    const failed = checkPairs(pairs, article);
    expect(failed[0]).toEqual([]);
    expect(failed[1]?.map((f) => f.check)).toEqual(['question-voice', 'question-pronoun', 'duplicate']);
  });

  it('lists the check names in report order, duplicate last', () => {
    expect(CHECK_NAMES).toEqual([
      'verbatim',
      'answer-debris',
      'answer-complete',
      'answer-length',
      'answer-opening',
      'question-form',
      'question-debris',
      'question-casing',
      'question-voice',
      'question-pronoun',
      'duplicate',
    ]);
  });
});
