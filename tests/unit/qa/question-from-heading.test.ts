import { describe, expect, it } from 'vitest';
import { fullNamesBySurname } from '../../../src/lib/qa/names.ts';
import { questionFromHeading } from '../../../src/lib/qa/question-from-heading.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';

// A small article body: the casing and names questions draw on come from it.
const BODY = [
  'Marco Rubio, the United States Secretary of State, and Claudia Sheinbaum met in Mexico City to discuss security and the high-level group.',
  'The U.S. has taken military action against drug cartels, and Mexico has fought arms trafficking and fuel theft for years.',
  'José Pérez, the governor of Nuevo León, said Pérez would publish plans for the state. A study of cooperation found that the deal works.',
  'Officials said talks have stalled over the price of oil, and the truce is holding. Reporters asked about trade and tariffs and the economy.',
].join(' ');

const context = (leadSentence = 'Officials said the talks would resume.') => ({
  casing: articleCasing(BODY),
  names: fullNamesBySurname(BODY),
  leadSentence,
});
const ask = (heading: string, leadSentence?: string) => questionFromHeading(heading, context(leadSentence));

describe('questionFromHeading: the shapes editors give headings', () => {
  it('"X of Y" about creating something asks what it is for', () => {
    expect(ask('Formation of High-Level Security Group')).toEqual({
      question: 'What is the purpose of the high-level security group?',
      kind: 'purpose',
    });
  });

  it('a possessive resolves the surname to the full name the article uses and keeps acronyms', () => {
    expect(ask('Sheinbaum’s Stance on U.S. Military Involvement')).toEqual({
      question: 'What is Claudia Sheinbaum’s stance on U.S. military involvement?',
      kind: 'possessive',
    });
  });

  it('a possessive with a plural noun and accented names', () => {
    expect(ask('Pérez’s Plans for Nuevo León').question).toBe('What are José Pérez’s plans for Nuevo León?');
  });

  it('"X and Y" about a problem asks how the actor of the section addresses it', () => {
    expect(ask('Arms Trafficking and Legal Actions', 'Mexico has stricter gun control laws than its neighbour.')).toEqual({
      question: 'How is Mexico addressing arms trafficking?',
      kind: 'addressing',
    });
  });

  it('an actor’s actions against a target', () => {
    expect(ask('U.S. Military Actions Against Drug Cartels').question).toBe('What military action has the U.S. taken against drug cartels?');
  });

  it('a heading that is already a question stays that question', () => {
    expect(ask('Is the truce holding?')).toEqual({ question: 'Is the truce holding?', kind: 'as-written' });
    expect(ask('Is the Truce Holding?').question).toBe('Is the truce holding?');
  });

  it('a wh-clause becomes a question with do-support or an inverted auxiliary', () => {
    expect(ask('What the study found').question).toBe('What did the study find?');
    expect(ask('What the Study Found').question).toBe('What did the study find?');
    expect(ask('How the Deal Works').question).toBe('How does the deal work?');
    expect(ask('What Officials Want').question).toBe('What do officials want?');
    expect(ask('Why Talks Have Stalled').question).toBe('Why have talks stalled?');
    expect(ask('What the Deal Will Change').question).toBe('What will the deal change?');
    expect(ask('What Happens Next').question).toBe('What happens next?');
  });

  it('a verb-led headline asks what happened', () => {
    expect(ask('Rubio Visits Mexico City')).toEqual({ question: 'What happened when Rubio visited Mexico City?', kind: 'event' });
    expect(ask('Tightening Border Controls').question).toBe('What does tightening border controls involve?');
  });

  it('background and context headings get plain questions and are marked as background', () => {
    expect(ask('Background on Key Figures')).toEqual({ question: 'Who are the key figures?', kind: 'background' });
    expect(ask('Context and Impact')).toEqual({ question: 'What should readers know about the context and impact?', kind: 'background' });
  });

  it('noun phrases fall back to plain, grammatical forms', () => {
    expect(ask('Reaffirmation of Cooperation').question).toBe('What did the reaffirmation of cooperation involve?');
    expect(ask('The Price of Oil').question).toBe('What is the latest on the price of oil?');
    expect(ask('Economy').question).toBe('What is the latest on the economy?');
    expect(ask('Trade and Tariffs').question).toBe('What should readers know about trade and tariffs?');
  });

  it('ignores a trailing colon and surrounding spaces', () => {
    expect(ask('  Formation of High-Level Security Group:  ').question).toBe('What is the purpose of the high-level security group?');
  });

  it('gives every question a capital letter and a single question mark', () => {
    for (const heading of ['economy', 'what happens next', 'Fuel Theft', 'Background', 'A Very Long Heading About Many Different Things And More']) {
      const { question } = ask(heading);
      expect(question, heading).toMatch(/^\p{Lu}[^?]*\?$/u);
    }
  });
});
