import nlp from 'compromise';
import { type ArticleCasing, isMarkedName } from './recase.ts';

/** What the sentence rules know of the article around a sentence. */
export interface SentenceContext {
  casing: ArticleCasing;
  /** The section headings, lower-cased: terms the article is about ("build caches"). */
  terms: ReadonlySet<string>;
  /** Lower-cased words of the title and the headings: what a bare "the report" can refer to without the sentence before. */
  topicWords: ReadonlySet<string>;
}

/**
 * Whether a subject can open a question on its own: "the plan" alone points back at a plan
 * the reader of the lone question has not met, unless the title or a heading names it.
 */
export function groundedSubject(subject: string, context: SentenceContext): boolean {
  // "earlier efforts", "another option", "the remaining findings": defined only by the text before.
  if (RELATIVE_WORD.test(subject)) return false;
  // "the plan", or "the argument against the change": a bare "the" noun, alone or ending the subject.
  const bare = /(?:^[Tt]he|\sthe)\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(subject)?.[1];
  return bare === undefined || context.topicWords.has(bare) || context.topicWords.has(bare.replace(/s$/, ''));
}

const RELATIVE_WORD = /\b(?:earlier|previous|prior|remaining|aforementioned|another|same|such|latter|former|respective)\b/i;

/** The lower-cased words of a title and headings, each also without a plural "s". */
export function topicWordsOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const word of texts
    .join(' ')
    .toLowerCase()
    .match(/\p{L}[\p{L}-]*/gu) ?? []) {
    words.add(word);
    words.add(word.replace(/s$/, ''));
    // "passes", "boxes", "churches": the plural's "es" goes too.
    if (/(?:ss|x|ch|sh)es$/.test(word)) words.add(word.slice(0, -2));
  }
  return words;
}

/** One word of running text: letters or digits, with inner dots, apostrophes, slashes, hyphens. */
export const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}.’'/_-]*";
// Auxiliaries that invert cleanly; "has" and "does" also stand alone as main verbs, so they are left out.
export const AUXILIARY =
  "is|are|was|were|will|would|can|could|should|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|won[’']t|can[’']t|cannot|couldn[’']t|shouldn[’']t";
// Words that make a phrase a clause or leave it leaning on an earlier sentence.
export const NOT_IN_SUBJECT =
  /\b(?:that|which|who|whom|whose|when|where|if|because|while|although|though|it|its|this|these|those|they|their|them|he|she|his|her|we|our|us|you|your|i|me|my|there|here|such|said|says|also|not|no|one|ones)\b/i;
// Verbs inside a subject make it a clause ("the thing most visitors will notice"), not a noun phrase.
export const VERB_IN_SUBJECT = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b/i;
// Pronouns and demonstratives a lone question cannot resolve; the author's "we" is never the reader's.
export const LEANING_WORD =
  /\b(?:it|its|this|that|these|those|they|them|their|theirs|he|him|his|she|her|hers|we|us|our|ours|i|me|my|such|said|above|below|former|latter|here|today|yesterday|tomorrow)\b/i;

// Adverbs that open a sentence without an "-ly": "Now the server…", "Still, the team…".
const SENTENCE_ADVERB =
  /^(?:now|today|currently|still|already|then|soon|next|instead|again|once|so|thus|hence|meanwhile|meantime|later|first|finally|lastly|here|there)$/i;

/** A subject that names what it is about: no pronoun, clause word, comma or verb inside. */
export function namedSubject(subject: string): boolean {
  const first = subject.split(/\s+/)[0] ?? '';
  // An adverb or a participle opening the sentence ("Hopefully", "Reducing…") is not a subject a question can front.
  // "In practice higher performance…": a phrase before the subject, not the subject.
  if (
    /^\p{L}+(?:ly|ing)$/iu.test(first) ||
    SENTENCE_ADVERB.test(first) ||
    /^(?:in|on|at|for|by|with|from|during|after|before|under|over|since|until|through|without|within|despite|of|to)$/i.test(first)
  )
    return false;
  return (
    !NOT_IN_SUBJECT.test(subject) &&
    !/,/.test(subject) &&
    !VERB_IN_SUBJECT.test(subject) &&
    !/^(?:one|some|many|most|all|each|every|both|several|few|other|others)$/i.test(subject)
  );
}

/** The sentence's first word as it would be written mid-sentence: "The bridge" -> "the bridge", "Zentrix" stays. */
export function lowerOpening(phrase: string, casing: ArticleCasing): string {
  const first = phrase.split(/\s+/)[0] ?? '';
  return `${midSentence(first, casing)}${phrase.slice(first.length)}`;
}

/** How the article writes a word away from a sentence start: its own casing evidence decides. */
export function midSentence(word: string, casing: ArticleCasing): string {
  // "Marblerun" opening a sentence of an article that writes "MarbleRun" elsewhere: the name as written.
  const written = casing.innerCapitals.get(word.toLowerCase());
  if (written) return written;
  // Two capitals make an acronym or a brand ("QUIC", "HTTP/2", "GitHub"): never lower-cased.
  if (/\p{Lu}.*\p{Lu}/u.test(word)) return word;
  const lower = word.toLowerCase();
  // "Pkg.example.dev" opening a sentence is written "pkg.example.dev" elsewhere: judge by its first part.
  const core = lower.split(/[./’']/)[0] ?? lower;
  // Written capitalised mid-sentence somewhere ("… released Go in 2009"): a name, even if the article
  // also writes the common word ("go get", "go to").
  if (
    casing.capitalised.has(core) &&
    (!casing.lower.has(core) ||
      !/^(?:the|a|an|this|that|these|those|it|in|on|at|to|for|of|and|or|but|we|our|you|your|if|when|what|why|how|all|some|most|many|more|new|one|two|no|not|so|as|by|with|from)$/.test(
        core,
      ))
  )
    return word;
  // A dotted name ("Node.js") keeps its capital when the article ever writes it so, even if it also
  // writes the bare word ("node") as a command.
  if (isMarkedName(word) && (!casing.lower.has(core) || (/^\p{Lu}/u.test(word) && casing.capitalised.has(core)))) return word;
  // No evidence either way in the article: a first name or a title ("Irene", "Mrs.") keeps its capital.
  if (!casing.lower.has(core) && KNOWN_NAME.test(lexiconTags(core))) return word;
  return lower;
}

const KNOWN_NAME = /\b(?:FirstName|MaleName|FemaleName|LastName|Honorific|Person|Place|Country|City|Region|Organization|ProperNoun)\b/;

/** The tags compromise's lexicon gives a lower-case word, as one string ("" for a word it does not know). */
function lexiconTags(word: string): string {
  const tags: unknown = LEXICON[word];
  return Array.isArray(tags) ? tags.join(' ') : typeof tags === 'string' ? tags : '';
}
const LEXICON: Record<string, unknown> = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/** Whether a word is written as a name: capitalised mid-sentence in the article, or shaped like one ("Node.js", "HTTP/3"). */
export function isName(word: string, casing: ArticleCasing): boolean {
  if (isMarkedName(word)) return true;
  const lower = word.toLowerCase().replace(/[’']s$/u, '');
  return /^\p{Lu}/u.test(word) && casing.capitalised.has(lower) && !casing.lower.has(lower);
}

// Names written in lower case even at the start of a sentence: a domain or package ("cloud.gov",
// "pkg.example.dev") or a camel-cased brand ("iOS", "eBay"). "e.g." has one-letter parts and is not one.
const LOWER_CASE_NAME = /^(?:\p{Ll}[\p{Ll}\p{N}-]+(?:\.\p{Ll}[\p{Ll}\p{N}-]+)+|\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]*)(?=[\s,’']|$)/u;

/** Whether a sentence opens as a sentence does: a capital, a digit, a bracket, or a name its owner writes in lower case. */
export function opensSentence(sentence: string): boolean {
  return /^[\p{Lu}\p{N}(]/u.test(sentence) || LOWER_CASE_NAME.test(sentence);
}

/** A sentence a question can be made from: it opens as a sentence, ends with a full stop and quotes no one. */
export function isPlainStatement(sentence: string): boolean {
  return opensSentence(sentence) && !/^[\p{N}(]/u.test(sentence) && /[.!]["”’)]?$/u.test(sentence) && !/[“"]/u.test(sentence);
}

/** The sentence without its closing full stop (and any closing bracket or quote after it). */
export function withoutStop(sentence: string): string {
  return sentence.replace(/[.!]["”’)]?$/u, '');
}
