import nlp from 'compromise';
import { memoize } from '../memoize.ts';
import { type ArticleCasing, sentenceCase } from './recase.ts';

/** What a question generator knows about the article around a heading. */
export interface HeadingContext {
  casing: ArticleCasing;
  /** Surname -> full name of the people the article mentions. */
  names: ReadonlyMap<string, string>;
  /** The first sentence of the section, for finding who acts in it. */
  leadSentence: string;
}

/** Which rule produced a question; the ranking trusts specific rules more than generic ones. */
export type QuestionKind =
  | 'as-written'
  | 'wh-clause'
  | 'possessive'
  | 'purpose'
  | 'actions'
  | 'addressing'
  | 'event'
  | 'nominal'
  | 'noun-phrase'
  | 'background'
  | 'fallback';

export interface HeadingQuestion {
  question: string;
  kind: QuestionKind;
}

const BACKGROUND = /^(?:background|context|overview|introduction|summary|conclusion|analysis|outlook|looking ahead|what[’']?s next|reactions?|impact|implications|key takeaways|takeaways|the bottom line|bottom line|more|related|further reading|editor[’']?s note)\b/i;
const CREATION = /^(?:formation|creation|establishment|launch|founding|introduction|setting up|set-up)\s+of\s+(?:(?:the|a|an)\s+)?(.+)$/i;
const ACTIONS =
  /^((?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*?\p{Lu}[\p{L}.’'-]*)\s+((?:\p{Ll}[\p{L}-]*\s+)*?)(?:actions?|measures|steps|moves|operations?|strikes|crackdown|campaign|efforts?)\s+(against|on|over|in|toward|towards|targeting)\s+(.+)$/u;
const ISSUE_WORDS =
  /(?:ing|crime|violence|migration|corruption|theft|inflation|poverty|crisis|shortages?|unemployment|pollution|drought|flooding|fraud|terrorism|extortion|abuse|debt|deficit|emissions|outbreak|epidemic)$/;
const WH = /^(what|why|how|who|where|when|which)\s+(.+)$/i;
const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had)$/i;
const NOMINAL = /^(\p{L}+(?:tion|sion|ment|ance|ence|al|ure|ship))\s+(of|on|with|between|to|for)\s+(.+)$/iu;

/**
 * Turns a section heading into the question a reader would ask of that section, by rules over
 * the heading's words, their part of speech and the article's own names: "Sheinbaum’s Stance on
 * U.S. Military Involvement" -> "What is Claudia Sheinbaum’s stance on U.S. military
 * involvement?". Falls back to a plain form ("What should readers know about …?") rather than
 * an odd one.
 */
export function questionFromHeading(heading: string, context: HeadingContext): HeadingQuestion {
  const title = heading.trim().replace(/\s*[:.;,–—-]+$/u, '');
  const text = sentenceCase(title, context.casing);
  // A question stays as written; only Title Case is brought to the case of the other questions.
  if (title.endsWith('?')) return { question: capitalise(text), kind: 'as-written' };

  const wh = WH.exec(text);
  if (wh) return { question: whClauseQuestion(wh[1] ?? '', wh[2] ?? ''), kind: 'wh-clause' };

  const possessive = /^((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*)([’'])s\s+(.+)$/u.exec(text);
  if (possessive) {
    const [, owner = '', apostrophe = '’', rest = ''] = possessive;
    const verb = isPlural(firstWord(rest)) ? 'are' : 'is';
    return { question: `What ${verb} ${context.names.get(owner) ?? owner}${apostrophe}s ${rest}?`, kind: 'possessive' };
  }

  const creation = CREATION.exec(text);
  if (creation) return { question: `What is the purpose of ${withArticle(creation[1] ?? '')}?`, kind: 'purpose' };

  const actions = ACTIONS.exec(text);
  if (actions) {
    const [, actor = '', modifiers = '', preposition = '', target = ''] = actions;
    return { question: `What ${modifiers}action has ${actorName(actor)} taken ${preposition} ${target}?`, kind: 'actions' };
  }

  if (BACKGROUND.test(text)) return { question: backgroundQuestion(text), kind: 'background' };

  const issue = text.split(/\s+and\s+/)[0] ?? text;
  const actor = sectionActor(context.leadSentence);
  if (actor && ISSUE_WORDS.test(issue) && !hasVerb(text)) {
    return { question: `How is ${actorName(actor)} addressing ${issue}?`, kind: 'addressing' };
  }

  const event = eventQuestion(text);
  if (event) return event;

  const nominal = NOMINAL.exec(text);
  if (nominal && !text.includes(' and ')) return { question: `What did ${withArticle(text)} involve?`, kind: 'nominal' };

  if (!text.includes(' and ') && !hasVerb(text) && text.split(/\s+/).length <= 6) {
    return { question: `What is the latest on ${withArticle(text, { pluralBare: true })}?`, kind: 'noun-phrase' };
  }
  return { question: `What should readers know about ${withArticle(text, { pluralBare: true })}?`, kind: 'fallback' };
}

/** "what the study found" -> "What did the study find?": do-support or auxiliary inversion. */
function whClauseQuestion(wh: string, clause: string): string {
  const Wh = capitalise(wh.toLowerCase());
  const words = clause.split(/\s+/);
  if (AUXILIARY.test(words[0] ?? '')) return `${Wh} ${clause}?`;
  const terms = (nlp(clause).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  let verbAt = terms.findIndex((term) => term.tags.includes('Verb') && !term.tags.includes('Gerund'));
  // Title-like clauses ("how the deal works") often get their verb tagged as a plural noun.
  if (verbAt === -1 && terms.length >= 2 && /s$/.test(terms.at(-1)?.text ?? '')) verbAt = terms.length - 1;
  if (verbAt <= 0) return `${Wh} ${clause}?`;
  const verb = terms[verbAt] ?? { text: '', tags: [] };
  const subject = terms.slice(0, verbAt).map((t) => t.text).join(' ');
  const rest = terms.slice(verbAt + 1).map((t) => t.text).join(' ');
  const tail = rest ? ` ${rest}` : '';
  if (AUXILIARY.test(verb.text) || verb.tags.includes('Copula') || verb.tags.includes('Modal')) {
    return `${Wh} ${verb.text.toLowerCase()} ${subject}${tail}?`;
  }
  const infinitive = toInfinitive(verb.text);
  const doVerb = verb.tags.includes('PastTense') ? 'did' : isPluralSubject(subject) ? 'do' : 'does';
  return `${Wh} ${doVerb} ${subject} ${infinitive}${tail}?`;
}

/** "rubio visits Mexico City" -> "What happened when Rubio visited Mexico City?" */
function eventQuestion(text: string): HeadingQuestion | undefined {
  const doc = nlp(text);
  const terms = (doc.json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const first = terms[0];
  if (first?.tags.includes('Gerund')) return { question: `What does ${text} involve?`, kind: 'event' };
  const verbAt = terms.findIndex((term) => term.tags.includes('Verb') && !term.tags.includes('Gerund'));
  if (verbAt <= 0) return undefined;
  const verb = terms[verbAt];
  if (!verb || verb.tags.includes('Auxiliary') || verb.tags.includes('Copula')) return undefined;
  const past = toPastTense(verb.text);
  const words = terms.map((term, i) => (i === verbAt ? past : term.text));
  return { question: `What happened when ${words.join(' ')}?`, kind: 'event' };
}

function backgroundQuestion(text: string): string {
  const on = /^background (?:on|to|of) (.+)$/i.exec(text);
  if (on) {
    const topic = on[1] ?? '';
    if (/\b(?:figures|players|people|leaders|officials|actors)$/.test(topic)) return `Who are the ${topic.replace(/^the\s+/, '')}?`;
    return `What is the background to ${withArticle(topic, { pluralBare: true })}?`;
  }
  if (/^(?:context|background|overview)$/i.test(text)) return `What is the ${text.toLowerCase()}?`;
  return `What should readers know about the ${text.replace(/^the\s+/i, '')}?`;
}

/** The named actor a section's first sentence starts with ("Mexico has stricter…" -> "Mexico"). */
function sectionActor(sentence: string): string | undefined {
  const match = nlp(sentence).match('^the? (#Place|#Organization|#Country|#Person|#Acronym|#ProperNoun)+');
  const actor = match.text().replace(/[,;:]+$/, '').trim();
  return actor === '' ? undefined : actor;
}

/** "U.S." -> "the U.S.", "United Nations" -> "the United Nations", "Mexico" -> "Mexico". */
function actorName(actor: string): string {
  const bare = actor.replace(/^the\s+/i, '');
  return /^(?:\p{Lu}\.?){2,}$|^United\b|^European\b|\b(?:Union|Nations|Department|Ministry|Government|Administration)$/u.test(bare) ? `the ${bare}` : bare;
}

/** Adds "the" before a common noun phrase ("high-level group" -> "the high-level group"), not before names. */
function withArticle(phrase: string, options: { pluralBare?: boolean } = {}): string {
  if (/^(?:the|a|an|this|these|those|its|their)\s/i.test(phrase)) return phrase;
  if (/^\p{Lu}/u.test(phrase)) return phrase;
  if (options.pluralBare && isPlural(phrase.split(/\s+/).at(-1) ?? '')) return phrase;
  return `the ${phrase}`;
}

/** Whether a heading is a clause: it has a finite verb (a gerund such as "trafficking" does not count). */
const hasVerb = memoize((text: string): boolean => nlp(text).match('#Verb').not('#Gerund').found);

/** Whether a noun is plural; read after "the" so that "plans" is taken as a noun, not a verb. */
const isPlural = memoize((word: string): boolean => /[^s]s$/i.test(word) && nlp(`the ${word}`).has('#Plural'));

function isPluralSubject(subject: string): boolean {
  return /\band\b/.test(subject) || /^(?:they|we|you|i)$/i.test(subject) || isPlural(subject.split(/\s+/).at(-1) ?? '');
}

// A lone word is tagged as a verb first: out of context compromise may read "works" as a noun.
const toInfinitive = memoize((verb: string): string => {
  const doc = nlp(verb);
  doc.tag('Verb');
  return doc.verbs().toInfinitive().text() || verb;
});

const toPastTense = memoize((verb: string): string => {
  const doc = nlp(verb);
  doc.tag('Verb');
  return doc.verbs().toPastTense().text() || verb;
});

function firstWord(text: string): string {
  return text.split(/\s+/)[0] ?? '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
