import { describe, expect, it } from 'vitest';
import { articleSubject } from '../../../src/lib/qa/article-subject.ts';
import { cleanHeading } from '../../../src/lib/qa/heading-text.ts';
import { fullName } from '../../../src/lib/qa/names.ts';
import { questionFromHeading } from '../../../src/lib/qa/question-from-heading.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';

// A small article body: the casing and names questions draw on come from it.
const BODY = [
  'Marco Rubio, the United States Secretary of State, and Claudia Sheinbaum met in Mexico City to discuss security and the high-level group.',
  'The U.S. has taken military action against drug cartels, and Mexico has fought arms trafficking and fuel theft for years.',
  'José Pérez, the governor of Nuevo León, said Pérez would publish plans for the state. A study of cooperation found that the deal works.',
  'Officials said talks have stalled over the price of oil, and the truce is holding. The new ferry timetable from Harbourtown starts in May, and the OpenQuay app shows it.',
].join(' ');

const casing = articleCasing(BODY);
const context = (leadSentence = 'Officials said the talks would resume.', subject?: string) => ({
  casing,
  fullName: (surname: string) => fullName(surname, BODY),
  leadSentence,
  subject: () => subject,
});
const ask = (heading: string, leadSentence?: string, subject?: string) => questionFromHeading(heading, context(leadSentence, subject));
const question = (heading: string, subject?: string) => {
  const result = ask(heading, undefined, subject);
  return 'question' in result ? result.question : `declined: ${result.declined}`;
};

describe('questionFromHeading: headings that map onto a question', () => {
  it('"X of Y" about creating something asks what it is for', () => {
    expect(ask('Formation of High-Level Security Group')).toEqual({ question: 'What is the purpose of the high-level security group?', kind: 'purpose' });
  });

  it('a possessive resolves the surname to the full name the article uses and keeps acronyms', () => {
    expect(ask('Sheinbaum’s Stance on U.S. Military Involvement')).toEqual({
      question: 'What is Claudia Sheinbaum’s stance on U.S. military involvement?',
      kind: 'possessive',
    });
    expect(question('Pérez’s Plans for Nuevo León')).toBe('What are José Pérez’s plans for Nuevo León?');
  });

  it('a task ("How to …", or named by its gerund) gives no question: no one sentence answers a task of several steps', () => {
    expect(question('How to Book the New Ferry')).toMatch(/^declined: .*task/);
    expect(question('How to get started')).toMatch(/^declined: .*task/);
    expect(question('Renewing your berth permit')).toMatch(/^declined: /);
    expect(question('Getting started with OpenQuay')).toMatch(/^declined: /);
  });

  it('a heading that names a term asks what it is when the section opens by saying so', () => {
    expect(ask('Berth permits', 'Berth permits are a licence that the harbour office issues for one season.')).toEqual({
      question: 'What are berth permits?',
      kind: 'definition',
    });
    expect(ask('The tide table', 'The tide table is a list that gives the high and low waters of each day.')).toEqual({
      question: 'What is the tide table?',
      kind: 'definition',
    });
    expect(ask('Berth permits', 'Most owners renew their permits in spring.')).toMatchObject({ declined: expect.any(String) });
    // "are the first line of defence" describes; it does not say what they are.
    expect(ask('Berth permits', 'Berth permits are the first line of defence against crowding.')).toMatchObject({ declined: expect.any(String) });
  });

  it('a question heading in the reader’s voice says "my", not "your"; one put to the authors stays', () => {
    expect(question('Are your ferry tickets still valid?')).toBe('Are my ferry tickets still valid?');
    expect(question('Do you have a timetable for OpenQuay?')).toBe('Do you have a timetable for OpenQuay?');
  });

  it('a possessive of something that is not a stance, a plan or a role asks nothing', () => {
    expect(question('Pérez’s July Holiday')).toMatch(/^declined: /);
    expect(question('Sheinbaum’s Office')).toMatch(/^declined: /);
  });

  it('"X and Y" about a problem asks how the actor of the section addresses it', () => {
    expect(ask('Arms Trafficking and Legal Actions', 'Mexico has stricter gun control laws than its neighbour.')).toEqual({
      question: 'How is Mexico addressing arms trafficking?',
      kind: 'addressing',
    });
  });

  it('an actor’s actions against a target', () => {
    expect(question('U.S. Military Actions Against Drug Cartels')).toBe('What military action has the U.S. taken against drug cartels?');
  });

  it('a heading that is already a question stays that question, in sentence case, names kept', () => {
    expect(ask('Is the truce holding?')).toEqual({ question: 'Is the truce holding?', kind: 'as-written' });
    expect(question('Is the Truce Holding?')).toBe('Is the truce holding?');
    expect(question('What is OpenQuay?')).toBe('What is OpenQuay?');
    expect(question('Will Harbourtown get more ferries??')).toBe('Will Harbourtown get more ferries?');
    expect(question('Book ferries early?')).toMatch(/^declined: .*does not open as a question/);
    expect(question('How can I help?')).toMatch(/^declined: .*vague/);
  });

  it('a short passive question heading that says neither by what nor for what is declined', () => {
    expect(question('What tickets are accepted?')).toMatch(/^declined: .*passive/);
    expect(question('Are my ferry tickets affected?')).toMatch(/^declined: .*passive/);
    expect(question('Are OpenQuay tickets accepted?')).toBe('Are OpenQuay tickets accepted?');
  });

  it('a wh-clause becomes a question with do-support or an inverted auxiliary', () => {
    expect(question('What the study found')).toBe('What did the study find?');
    expect(question('What the Study Found')).toBe('What did the study find?');
    expect(question('How the Deal Works')).toBe('How does the deal work?');
    expect(question('What Officials Want')).toBe('What do officials want?');
    expect(question('Why Talks Have Stalled')).toBe('Why have talks stalled?');
    expect(question('Why the truce doesn’t hold')).toBe('Why doesn’t the truce hold?');
  });

  it('a vague question heading is declined, even when the title names a subject; "it" takes the subject', () => {
    // "What’s next for the ferry timetable?" would be answered by whatever the section says first.
    expect(question('What’s Next?', 'the ferry timetable')).toMatch(/^declined: .*vague/);
    expect(question('What’s new', 'the ferry timetable')).toMatch(/^declined: .*vague/);
    expect(question('Why it matters', 'the ferry timetable')).toBe('Why does the ferry timetable matter?');
    expect(question('What’s Next?')).toMatch(/^declined: .*vague/);
    expect(question('Why it matters')).toMatch(/^declined: /);
    expect(question('What is the plan and current status?')).toMatch(/^declined: .*vague/);
    // "Why now?" takes no subject: "Why now in the ferry timetable?" is not English.
    expect(question('Why now?', 'the ferry timetable')).toMatch(/^declined: .*vague/);
  });

  it('a topic heading gives no templated question ("What is the timeline for …?")', () => {
    expect(question('Timeline', 'the OpenQuay timetable')).toMatch(/^declined: /);
    expect(question('Schedule', 'the Gullrock bridge')).toMatch(/^declined: /);
  });
});

describe('questionFromHeading: declines rather than guess', () => {
  it.each([
    ['Background', /part of the page/],
    ['Acknowledgements', /part of the page/],
    ['Learn more', /part of the page/],
    ['Year 2', /number or a date/],
    ['How we built it', /author/],
    ['Our plans for the harbour', /author/],
    ['Lesson one: start small', /colon/],
    ['Harbour Life', /topic/],
    ['Reaffirmation of Cooperation', /topic/],
  ])('"%s"', (heading, reason) => {
    const result = ask(heading);
    expect('declined' in result && result.declined).toMatch(reason);
  });

  it('never lets a question speak for the author or lean on an unresolved pronoun', () => {
    expect(question('What did they decide?')).toMatch(/^declined: .*pronoun/);
    expect(question('Why we changed course')).toMatch(/^declined: .*author/);
  });
});

describe('cleanHeading', () => {
  it('removes numbering, emoji, trailing punctuation and a reference in brackets, keeping abbreviations', () => {
    expect(cleanHeading('1. 🚢 New Ferries:')).toBe('New Ferries');
    expect(cleanHeading('Step 2 - Book a seat…')).toBe('Book a seat');
    expect(cleanHeading('A flaw in the parser (CVE-2031-0001)')).toBe('A flaw in the parser');
    expect(cleanHeading('Security in the U.S.')).toBe('Security in the U.S.');
    expect(cleanHeading('10x faster boats')).toBe('10x faster boats');
  });
});

describe('articleSubject', () => {
  it('takes a title that is a noun phrase, without "Announcing" and after a colon label', () => {
    expect(articleSubject('Announcing the OpenQuay App', casing)).toBe('the OpenQuay app');
    expect(articleSubject('The New Ferry Timetable', casing)).toBe('the new ferry timetable');
    expect(articleSubject('Harbourtown Ferries: A Review', casing)).toBe('Harbourtown ferries');
    expect(articleSubject('Harbourtown’s New Ferries', casing)).toBe('Harbourtown’s new ferries');
  });

  it('gives no subject for a title that is a sentence, a question or a long phrase', () => {
    expect(articleSubject('Harbourtown Adds Two Ferries', casing)).toBeUndefined();
    expect(articleSubject('Is the Truce Holding?', casing)).toBeUndefined();
    expect(articleSubject('Eight Things You Should Know About the Harbour This Summer', casing)).toBeUndefined();
    expect(articleSubject('From Rowing Boats to Ferries: A Harbour History', casing)).toBeUndefined();
  });
});
