import { invertClause, tagClause } from './clause.ts';
import { factQuestion } from './fact-questions.ts';
import type { QuestionKind } from './question-from-heading.ts';
import { readerQuestion } from './reader-questions.ts';
import {
  AUXILIARY,
  groundedSubject,
  isName,
  isPlainStatement,
  LEANING_WORD,
  lowerOpening,
  midSentence,
  namedSubject,
  NOT_IN_SUBJECT,
  type SentenceContext,
  VERB_IN_SUBJECT,
  WORD,
} from './sentence-parts.ts';

export interface SentenceQuestion {
  question: string;
  kind: QuestionKind;
}

const SPECIFIC = /\b(?:of|for|to|in|on|with|behind|between|about|from|against|under)\b|\b(?:\p{L}+est|most|main|primary|only|key|biggest|largest|chief|major)\b/iu;
// Ordinals and list words point at an enumeration the reader of a lone question cannot see.
const LIST_WORD = /\b(?:first|second|third|fourth|next|last|other|same|following|former|latter)\b/i;
// An explanation follows "is": "…is that…", "…is to…"; "is a little expensive" only judges.
const PREDICATE = /^(?:that|to|how|why|what)\b/i;

/**
 * A question a sentence of the article answers by itself, from shapes that carry their own
 * subject, so the question stands alone and the sentence, copied verbatim, answers it:
 * - a definition of a name or term: "Zentrix is an open-source build tool…" -> "What is Zentrix?"
 * - a specific noun phrase explained by "is": "The main advantage of short leases is that…" ->
 *   "What is the main advantage of short leases?"
 * - a reason: "The bridge was closed because…" -> "Why was the bridge closed?"
 * - the reader's own questions ("How do I…?", "What happens if…?"; see `readerQuestion`) and
 *   questions about a date, an amount or what something makes possible (see `factQuestion`).
 * Undefined when the sentence has none of these shapes, or its subject leans on earlier text.
 */
export function questionFromSentence(sentence: string, context: SentenceContext): SentenceQuestion | undefined {
  if (!isPlainStatement(sentence)) return undefined;
  return definition(sentence, context) ?? copula(sentence, context) ?? reason(sentence, context) ?? readerQuestion(sentence) ?? factQuestion(sentence, context);
}

/** "Zentrix is an open-source build tool…" -> "What is Zentrix?"; "Build caches are…" -> "What are build caches?" when the article is about them. */
function definition(sentence: string, { casing, terms }: SentenceContext): SentenceQuestion | undefined {
  // A definition names a class and then narrows it ("an app that…", "a tool designed for…");
  // "X is a great project" or "X is the leading cause of…" only describes X.
  const match = new RegExp(`^((?:${WORD}\\s+){0,3}?${WORD})\\s+(is|are)\\s+((?:a|an|the|one of the)\\s+(?:\\S+\\s+){1,4}?(that|which|who|whose|where|designed|used|built|made|created|developed|written|called|known as|for))\\s`, 'u').exec(sentence);
  if (!match) return undefined;
  const [, term = '', verb = '', kind = '', relative = ''] = match;
  const words = term.split(/\s+/);
  const namesIt = words.every((word) => isName(word, casing)) || terms.has(term.toLowerCase());
  if (!namesIt || NOT_IN_SUBJECT.test(term) || /^(?:the|a|an)$/i.test(words[0] ?? '')) return undefined;
  const asked = words.every((word) => isName(word, casing)) ? `${midSentence(words[0] ?? '', casing)}${term.slice((words[0] ?? '').length)}` : term.charAt(0).toLowerCase() + term.slice(1);
  if (namesPerson(kind, relative)) return { question: `Who ${verb} ${asked}?`, kind: 'definition' };
  // Two or more capitalised words may still be a person the class does not reveal: left alone
  // rather than asked "What is …?".
  if (words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return undefined;
  return { question: `What ${verb} ${asked}?`, kind: 'definition' };
}

/** Whether "a salesman for…", "a singer who…" classes a person rather than a thing. */
function namesPerson(kind: string, relative: string): boolean {
  if (relative === 'who' || relative === 'whose') return true;
  const noun = tagClause(kind).find((term) => term.tags.includes('Noun'));
  return noun !== undefined && (noun.tags.includes('Actor') || /(?:man|woman|person|ist)$/.test(noun.text));
}

/** "The main advantage of short leases is that…" -> "What is the main advantage of short leases?" */
function copula(sentence: string, context: SentenceContext): SentenceQuestion | undefined {
  const match = new RegExp(`^The\\s+((?:${WORD}\\s+){1,11}?${WORD})\\s+(is|are|was|were)\\s+(.+)$`, 'u').exec(sentence);
  if (!match) return undefined;
  const [, subject = '', verb = '', predicate = ''] = match;
  if (subject.split(/\s+/).length < 2 || NOT_IN_SUBJECT.test(subject) || LIST_WORD.test(subject) || !SPECIFIC.test(subject) || !PREDICATE.test(predicate)) return undefined;
  if (VERB_IN_SUBJECT.test(subject) || !groundedSubject(`the ${subject}`, context)) return undefined;
  return { question: `What ${verb} the ${subject}?`, kind: 'copula' };
}

/**
 * "The bridge was closed because…" -> "Why was the bridge closed?" (an auxiliary verb is inverted);
 * "The council closed the bridge because…" -> "Why did the council close the bridge?".
 */
function reason(sentence: string, context: SentenceContext): SentenceQuestion | undefined {
  const match = new RegExp(`^((?:${WORD}\\s+){0,7}?${WORD})\\s+(${AUXILIARY})\\s+((?:${WORD}\\s+){0,9}?${WORD}),?\\s+because\\s+\\S`, 'iu').exec(sentence);
  if (match) {
    const [, subject = '', auxiliary = '', rest = ''] = match;
    if (!namedSubject(subject) || !groundedSubject(subject, context) || /\b(?:because|and|but|or|so|then)\b/i.test(rest)) return undefined;
    return { question: `Why ${auxiliary.toLowerCase()} ${lowerOpening(subject, context.casing)} ${rest}?`, kind: 'because' };
  }
  const clause = /^([^,;:]+?),?\s+(?:because|due to|as a result of)\s+\S/u.exec(sentence)?.[1];
  if (!clause || clause.split(/\s+/).length > 16 || /\b(?:and|but|or|so|then)\b/i.test(clause) || LEANING_WORD.test(clause)) return undefined;
  const inverted = invertClause(clause, context);
  return inverted ? { question: `Why ${inverted.body}?`, kind: 'because' } : undefined;
}
