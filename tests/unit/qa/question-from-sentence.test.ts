import { describe, expect, it } from 'vitest';
import { questionFromSentence } from '../../../src/lib/qa/question-from-sentence.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';
import { topicWordsOf } from '../../../src/lib/qa/sentence-parts.ts';

const casing = articleCasing(
  'Boats from Harbourtown use the OpenQuay app, and Zentrix builds it. The pier and the ferries are old. Users like the app. Ask Mira Quell.',
);
const context = { casing, terms: new Set<string>(), topicWords: topicWordsOf(['Harbourtown closes its pier', 'Pier passes']) };
const ask = (sentence: string) => questionFromSentence(sentence, context)?.question;

describe('questionFromSentence', () => {
  it('asks what a named thing is when the sentence names its class and narrows it', () => {
    expect(ask('Zentrix is a build tool that compiles apps for small harbours.')).toBe('What is Zentrix?');
    expect(ask('OpenQuay is an app designed for ferry passengers.')).toBe('What is OpenQuay?');
  });

  it('does not take praise or a description for a definition', () => {
    expect(ask('Zentrix is a great project, and people love it.')).toBeUndefined();
    expect(ask('Zentrix is the leading cause of late ferries.')).not.toBe('What is Zentrix?');
  });

  it('does not take praise for a definition, nor ask a rank of a bare acronym', () => {
    expect(ask('Zentrix is an increasingly common choice for harbour apps.')).toBeUndefined();
    expect(ask('Zentrix is a great language for that purpose because it is safe.')).not.toBe('What is Zentrix?');
    expect(ask('HSB is the main inspector of ferries in Harbourtown.')).toBeUndefined();
  });

  it('does not ask why about "the new X": new compared with what the article said before', () => {
    expect(ask('The pier office is using the new timetable because the old one was wrong.')).toBeUndefined();
  });

  it('asks the other way round what a sentence ranks first of a kind', () => {
    expect(ask('Zentrix is the leading cause of late ferries.')).toBe('What is the leading cause of late ferries?');
    expect(ask('The pier was the most visited place in Harbourtown, by far.')).toBe('What was the most visited place in Harbourtown?');
    expect(ask('Zentrix is the latest release of the app.')).toBeUndefined();
    expect(ask('Zentrix is the biggest and oldest tool for ferries.')).toBeUndefined();
    // The rank must name a kind: "the most common at 60%" names none.
    expect(ask('Ferry travel is the most common at 60% of trips.')).toBeUndefined();
    // "the harbour’s list" was set up earlier in the article.
    expect(ask('Gullrock is the best match for Eastvale in the harbour’s list of ports.')).toBeUndefined();
  });

  it('asks what a ranked subject is, but not how a measured one compares', () => {
    expect(ask('The most common use of the pier is fishing from the north end.')).toBe('What is the most common use of the pier?');
    // "are building include": the subject runs on past "are", which belongs to a progressive.
    expect(ask('The most common kinds of boats owners are building include dinghies and small yachts.')).toBeUndefined();
    // "was more common than" compares; it gives no value.
    expect(ask('The cost of the berths was more common (28%) than the cost of fuel as a worry.')).not.toBe('What was the cost of the berths?');
    expect(ask('The speed of the new ferries is about twice as high.')).toBeUndefined();
    // A comparison asked back ("How does X compare with Y?") only repeats the answer.
    expect(ask('The speed of the new ferries is much higher than the speed of the old boats.')).toBeUndefined();
  });

  it('asks what a term is when the sentence gives its long form on the way', () => {
    expect(ask('HSB, or Harbour Safety Board, is an agency that inspects every ferry.')).toBe('What is HSB?');
  });

  it('asks about a specific noun phrase that "is" explains, but not one that leans on a list or a clause', () => {
    expect(ask('The main reason for the new ferries is that the old ones broke down.')).toBe('What is the main reason for the new ferries?');
    expect(ask('The second reason for the change is that the pier is old.')).toBeUndefined();
    expect(ask('The thing most passengers will notice is the new timetable.')).toBeUndefined();
  });

  it('asks no "Why" of a statement that gives a reason: such a question only says its answer again', () => {
    for (const sentence of [
      'The pier was closed because its timber had rotted.',
      'Harbourtown closed the pier because its timber had rotted.',
      'The berth fees have to be paid before May because the harbour closes its books then.',
    ])
      expect(ask(sentence), sentence).toBeUndefined();
  });

  it('asks who, not what, when the class is a person', () => {
    expect(ask('Quell is a harbour pilot who guides ferries into port.')).toBe('Who is Quell?');
    expect(ask('Mira Quell is a boatman for the ferry company.')).toBe('Who is Mira Quell?');
  });

  it('asks what a phrase is only when "is" explains it ("is that…", "is to…"), not when it judges it', () => {
    expect(ask('The main risk of the new berths is that boats may collide in fog.')).toBe('What is the main risk of the new berths?');
    expect(ask('The cost of the new berths is a little high.')).toBeUndefined();
  });

  it('asks for an attribute’s value when the sentence gives a level or an amount', () => {
    expect(ask('The risk of flooding at the pier remains low.')).toBe('What is the risk of flooding at the pier?');
    expect(ask('The cost of the new berths was £4 million.')).toBe('What was the cost of the new berths?');
    expect(ask('The cost of the new berths is a little high.')).toBeUndefined();
    expect(ask('The risk of flooding at the pier remains a worry for everyone who lives nearby.')).toBeUndefined();
  });

  it('asks what a term of the title is when the sentence defines it in the dictionary’s form', () => {
    expect(ask('A pier pass is a ticket that lets one person walk the pier all year.')).toBe('What is a pier pass?');
    // "ferry" is not a word of the title: the article is not about ferries.
    expect(ask('A ferry is a boat that carries passengers.')).toBeUndefined();
  });

  it('takes a name written in lower case as a sentence’s opening', () => {
    expect(ask('harbour.example is a booking site that sells pier passes.')).toBe('What is harbour.example?');
    expect(ask('e.g. the pier is a place that closes.')).toBeUndefined();
  });

  it('keeps a name the article also uses as a common word, when it writes the name capitalised mid-sentence', () => {
    const quayCasing = articleCasing('Boats tie up at the quay at dawn. The council launched Quay in 2019, and Quay now sells tickets.');
    const quayContext = { casing: quayCasing, terms: new Set<string>(), topicWords: topicWordsOf(['Quay turns five']) };
    expect(questionFromSentence('Quay will be retired by the council at the end of the season.', quayContext)?.question).toBe('What will happen to Quay?');
  });

  it('writes a name as the article writes it mid-sentence, even where a sentence opens on another spelling', () => {
    const runContext = { casing: articleCasing('Boats book berths through MarbleRun every day.'), terms: new Set<string>(), topicWords: topicWordsOf([]) };
    expect(questionFromSentence('Marblerun is an app that sells berth passes to boat owners.', runContext)?.question).toBe('What is MarbleRun?');
  });

  it('keeps an acronym opening the sentence in capitals', () => {
    expect(ask('HTTP/3 is a protocol that carries web pages over QUIC.')).toBe('What is HTTP/3?');
    // A bare acronym is asked about only where the sentence spells it out.
    expect(ask('QUIC is a transport that runs over UDP.')).toBeUndefined();
  });

  it('does not take a misread verb or an adverb for part of a subject', () => {
    expect(ask('Boatmen still run unlicensed ferries because licences cost too much.')).toBeUndefined();
    expect(ask('Now the pier was closed because its timber had rotted.')).toBeUndefined();
    expect(ask('In practice the pier was closed because its timber had rotted.')).toBeUndefined();
  });

  it('does not ask about what only the text before defines: "earlier efforts", "another time", "the change"', () => {
    expect(ask('Earlier efforts stalled due to a lack of money.')).toBeUndefined();
    expect(ask('Storms are another good reason to close the pier because the timber is old.')).toBeUndefined();
    expect(ask('The argument against the change is that ferries would run late.')).toBeUndefined();
    expect(ask('The argument against the pier is that ferries would run late.')).toBe('What is the argument against the pier?');
  });

  it('does not ask about a phrase that names no thing ("the most important to know")', () => {
    expect(ask('The most important to remember about the OpenQuay app is that tickets expire at midnight.')).toBeUndefined();
    expect(ask('The main advantage of the OpenQuay app is that tickets never expire.')).toBe('What is the main advantage of the OpenQuay app?');
  });

  it('does not take half of a hyphenated adjective for a verb', () => {
    const question = ask('Ferry-based ticket machines built for the pier have long suffered from delays because the network drops.');
    expect(question ?? '').not.toMatch(/-\s|\bbase\b/);
  });

  it('does not ask about "the main concern" or "the key idea" without saying of what', () => {
    expect(ask('The main concern was that the pier would not survive another storm.')).toBeUndefined();
    expect(ask('The nature of a harbour is that boats come and go with the tide.')).toBeUndefined();
    expect(ask('The main concern about the pier was that it would not survive another storm.')).toBe('What was the main concern about the pier?');
  });

  it('leaves questions, quotations and fragments alone', () => {
    expect(ask('Is the pier closed?')).toBeUndefined();
    expect(ask('“The pier is closed because it is old,” she said.')).toBeUndefined();
    expect(ask('the pier was closed because it was old.')).toBeUndefined();
  });
});
