import type { ArticleCasing } from './recase.ts';
import { isMarkedName } from './recase.ts';
import type { QuestionKind } from './question-from-heading.ts';

export interface SentenceQuestion {
  question: string;
  kind: Extract<QuestionKind, 'definition' | 'copula' | 'because'>;
}

// Auxiliaries that invert cleanly; "has" and "does" also stand alone as main verbs, so they are left out.
const AUXILIARY = "is|are|was|were|will|would|can|could|should|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|won[’']t|can[’']t|cannot|couldn[’']t|shouldn[’']t";
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}.’'/_-]*";
// Words that make a phrase a clause or leave it leaning on an earlier sentence.
const NOT_IN_SUBJECT =
  /\b(?:that|which|who|whom|whose|when|where|if|because|while|although|though|it|its|this|these|those|they|their|them|he|she|his|her|we|our|us|you|your|i|my|there|here|such|said|says|also|not|no)\b/i;
const SPECIFIC = /\b(?:of|for|to|in|on|with|behind|between|about|from|against|under)\b|\b(?:\p{L}+est|most|main|primary|only|key|biggest|largest|chief|major)\b/iu;
// Ordinals and list words point at an enumeration the reader of a lone question cannot see.
const LIST_WORD = /\b(?:first|second|third|fourth|next|last|other|same|following|former|latter)\b/i;
const PREDICATE = /^(?:that|to|a|an|the|one|how|why|what|\d)\b/i;
// Verbs inside a subject make it a clause ("the thing most visitors will notice"), not a noun phrase.
const VERB_IN_SUBJECT = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i;

/**
 * A question a sentence of the article answers by itself, from three shapes that carry their
 * own subject, so the question stands alone and the sentence, copied verbatim, answers it:
 * - a definition of a name or term: "Zentrix is an open-source build tool…" -> "What is Zentrix?"
 * - a specific noun phrase explained by "is": "The main advantage of short leases is that…" ->
 *   "What is the main advantage of short leases?"
 * - a reason: "The bridge was closed because…" -> "Why was the bridge closed?"
 * Undefined when the sentence has none of these shapes, or its subject leans on earlier text.
 */
export function questionFromSentence(sentence: string, casing: ArticleCasing, terms: ReadonlySet<string> = new Set()): SentenceQuestion | undefined {
  if (!/^\p{Lu}/u.test(sentence) || !/[.!]["”’)]?$/u.test(sentence) || /[“"]/u.test(sentence)) return undefined;
  return definition(sentence, casing, terms) ?? copula(sentence) ?? reason(sentence, casing);
}

/** "Zentrix is an open-source build tool…" -> "What is Zentrix?"; "Build caches are…" -> "What are build caches?" when the article is about them. */
function definition(sentence: string, casing: ArticleCasing, terms: ReadonlySet<string>): SentenceQuestion | undefined {
  // A definition names a class and then narrows it ("an app that…", "a tool designed for…");
  // "X is a great project" or "X is the leading cause of…" only describes X.
  const match = new RegExp(`^((?:${WORD}\\s+){0,3}?${WORD})\\s+(is|are)\\s+(?:a|an|the|one of the)\\s+(?:\\S+\\s+){1,4}?(?:that|which|who|whose|where|designed|used|built|made|created|developed|written|called|known as|for)\\s`, 'u').exec(sentence);
  if (!match) return undefined;
  const [, term = '', verb = ''] = match;
  const words = term.split(/\s+/);
  const namesIt = words.every((word) => isName(word, casing)) || terms.has(term.toLowerCase());
  if (!namesIt || NOT_IN_SUBJECT.test(term) || /^(?:the|a|an)$/i.test(words[0] ?? '')) return undefined;
  // Two or more capitalised words ending in a surname-like word may be a person: "Who is …" would
  // need to know, so a person is left alone rather than asked "What is …?".
  if (words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) return undefined;
  const asked = words.every((word) => isName(word, casing)) ? `${midSentence(words[0] ?? '', casing)}${term.slice((words[0] ?? '').length)}` : term.charAt(0).toLowerCase() + term.slice(1);
  return { question: `What ${verb} ${asked}?`, kind: 'definition' };
}

/** "The main advantage of short leases is that…" -> "What is the main advantage of short leases?" */
function copula(sentence: string): SentenceQuestion | undefined {
  const match = new RegExp(`^The\\s+((?:${WORD}\\s+){1,11}?${WORD})\\s+(is|are|was|were)\\s+(.+)$`, 'u').exec(sentence);
  if (!match) return undefined;
  const [, subject = '', verb = '', predicate = ''] = match;
  if (subject.split(/\s+/).length < 2 || NOT_IN_SUBJECT.test(subject) || LIST_WORD.test(subject) || !SPECIFIC.test(subject) || !PREDICATE.test(predicate)) return undefined;
  if (VERB_IN_SUBJECT.test(subject)) return undefined;
  return { question: `What ${verb} the ${subject}?`, kind: 'copula' };
}

/** "The bridge was closed because…" -> "Why was the bridge closed?" (an auxiliary verb is inverted). */
function reason(sentence: string, casing: ArticleCasing): SentenceQuestion | undefined {
  const match = new RegExp(`^((?:${WORD}\\s+){0,7}?${WORD})\\s+(${AUXILIARY})\\s+((?:${WORD}\\s+){0,9}?${WORD}),?\\s+because\\s+\\S`, 'iu').exec(sentence);
  if (!match) return undefined;
  const [, subject = '', auxiliary = '', rest = ''] = match;
  if (!namedSubject(subject) || /\b(?:because|and|but|or|so|then)\b/i.test(rest)) return undefined;
  return { question: `Why ${auxiliary.toLowerCase()} ${lowerOpening(subject, casing)} ${rest}?`, kind: 'because' };
}

/** A subject that names what it is about: no pronoun, clause word, comma or verb inside. */
function namedSubject(subject: string): boolean {
  const first = subject.split(/\s+/)[0] ?? '';
  // An adverb or a participle opening the sentence ("Hopefully", "Reducing…") is not a subject a question can front.
  if (/^\p{L}+(?:ly|ing)$/iu.test(first)) return false;
  return !NOT_IN_SUBJECT.test(subject) && !/,/.test(subject) && !VERB_IN_SUBJECT.test(subject) && !/^(?:one|some|many|most|all|each|every|both|several|few|other|others)$/i.test(subject);
}

/** The sentence's first word as it would be written mid-sentence: "The bridge" -> "the bridge", "Zentrix" stays. */
function lowerOpening(phrase: string, casing: ArticleCasing): string {
  const first = phrase.split(/\s+/)[0] ?? '';
  return `${midSentence(first, casing)}${phrase.slice(first.length)}`;
}

/** How the article writes a word away from a sentence start: its own casing evidence decides. */
function midSentence(word: string, casing: ArticleCasing): string {
  const lower = word.toLowerCase();
  // "Pkg.example.dev" opening a sentence is written "pkg.example.dev" elsewhere: judge by its first part.
  const core = lower.split(/[./’']/)[0] ?? lower;
  if (casing.capitalised.has(core) && !casing.lower.has(core)) return word;
  if (isMarkedName(word) && !casing.lower.has(core)) return word;
  return lower;
}

/** Whether a word is written as a name: capitalised mid-sentence in the article, or shaped like one ("Node.js", "HTTP/3"). */
function isName(word: string, casing: ArticleCasing): boolean {
  if (isMarkedName(word)) return true;
  const lower = word.toLowerCase().replace(/[’']s$/u, '');
  return /^\p{Lu}/u.test(word) && casing.capitalised.has(lower) && !casing.lower.has(lower);
}
