import nlp from 'compromise';
import { memoize } from '../memoize.ts';
import { AUXILIARY, groundedSubject, lowerOpening, namedSubject, type SentenceContext } from './sentence-parts.ts';
import { baseForm } from './verb-forms.ts';

/** One word of a clause as compromise tags it, with where it stands in the clause. */
export interface TaggedTerm {
  text: string;
  tags: string[];
  start: number;
  end: number;
}

/** The words of a clause with their tags and offsets; only clauses a rule has already picked out are tagged. */
export const tagClause = memoize((clause: string): TaggedTerm[] =>
  (nlp(clause).json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>)
    .flatMap((sentence) => sentence.terms)
    .map((term) => ({ text: term.text, tags: term.tags, start: term.offset.start, end: term.offset.start + term.offset.length })),
);

/** Longest subject, in words, that a question can carry before its verb. */
const SUBJECT_MAX_WORDS = 8;
const AUXILIARY_WORD = new RegExp(`^(?:${AUXILIARY})$`, 'i');
// A clause that opens with a subordinator or a preposition has no subject before its verb.
const CLAUSE_OPENER = /^(?:until|after|before|when|while|if|although|though|since|as|because|in|on|at|for|with|by|from|during|despite|according)\b/i;

const NOUN_TAG = new Set(['Noun', 'Pronoun', 'Acronym', 'ProperNoun', 'Value', 'Plural', 'Singular']);

/** A statement turned into question order: "did the program receive 1,500 reports", and whether it was in the perfect ("has … fixed"). */
export interface Inverted {
  body: string;
  perfect: boolean;
}

/**
 * A statement in question order, for a "When", "Why" or "How many" to stand before:
 * "The program received 1,500 reports" -> "did the program receive 1,500 reports";
 * "Node.js 27 will be released" -> "will Node.js 27 be released";
 * "The schedule takes effect" -> "does the schedule take effect".
 * The subject keeps the article's casing. Undefined when the clause has no named subject before
 * its first verb, the subject points back ("the plan", when nothing names a plan), or the verb
 * has no base form that checks out.
 */
export function invertClause(clause: string, context: SentenceContext): Inverted | undefined {
  const terms = tagClause(clause);
  const at = terms.findIndex((term) => term.tags.includes('Verb'));
  const verb = terms[at];
  // "Stylus-based …": a verb joined by a hyphen to the word before it is half of an adjective.
  if (!verb || at === 0 || verb.tags.includes('Gerund') || clause.charAt(verb.start - 1) === '-') return undefined;
  const subject = clause.slice(0, verb.start).trim();
  const rest = clause.slice(verb.end).trim();
  if (
    subject.split(/\s+/).length > SUBJECT_MAX_WORDS ||
    !namedSubject(subject) ||
    /\p{L}+ly$/u.test(subject) ||
    CLAUSE_OPENER.test(subject) ||
    !groundedSubject(subject, context)
  )
    return undefined;
  // A subject is a noun phrase: it ends on a noun ("the attack spread through" hides a misread
  // verb) and holds no adverb ("Now the server", "Teams still run").
  if (!terms[at - 1]?.tags.some((tag) => NOUN_TAG.has(tag)) || terms.slice(0, at).some((term) => term.tags.includes('Adverb'))) return undefined;
  // An adjective after a noun ("Teams still run", a misread verb after it) is no noun phrase; "the city’s new mayor" is.
  if (terms.slice(1, at).some((term, i) => term.tags.includes('Adjective') && terms[i]?.tags.includes('Noun') && !/[’']s$/u.test(terms[i]?.text ?? '')))
    return undefined;
  const asked = lowerOpening(subject, context.casing);
  const word = verb.text.toLowerCase();
  const tail = rest ? ` ${rest}` : '';
  if (AUXILIARY_WORD.test(word)) return { body: `${word} ${asked}${tail}`, perfect: false };
  const next = terms[at + 1];
  // "have to", "has to": a need, asked with do-support ("do the variables have to be…"), not inverted.
  if (/^(?:has|have|had)$/.test(word) && next?.text.toLowerCase() === 'to') {
    const support = word === 'had' ? 'did' : word === 'has' ? 'does' : 'do';
    return { body: `${support} ${asked} have${tail}`, perfect: false };
  }
  if (/^(?:has|have|had)$/.test(word) && next?.tags.includes('Verb')) return { body: `${word} ${asked}${tail}`, perfect: true };
  if (/^(?:does|do|did)$/.test(word) && next && (next.text === 'not' || next.tags.includes('Verb'))) return { body: `${word} ${asked}${tail}`, perfect: false };
  // A main verb followed by another ("Irene suits rate high") was a noun misread as a verb.
  if (next?.tags.includes('Verb') && !next.tags.includes('Particle') && !next.tags.includes('Gerund')) return undefined;
  if (verb.tags.includes('PastTense')) {
    const base = baseForm(word, 'PastTense');
    return base ? { body: `did ${asked} ${base}${tail}`, perfect: false } : undefined;
  }
  if (verb.tags.includes('PresentTense') && !verb.tags.includes('Auxiliary')) {
    if (!word.endsWith('s')) return { body: `do ${asked} ${word}${tail}`, perfect: false };
    const base = baseForm(word, 'PresentTense');
    return base ? { body: `does ${asked} ${base}${tail}`, perfect: false } : undefined;
  }
  return undefined;
}
