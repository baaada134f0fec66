import nlp from 'compromise';
import { memoize } from '../memoize.ts';
import { POINTER } from './answer.ts';
import { isPlainStatement, LEANING_WORD, withoutStop } from './sentence-parts.ts';

/** A question asked in the reader's own voice ("How do I…?", "What happens if I…?"), with the rule that made it. */
export interface ReaderQuestion {
  question: string;
  kind: 'how-do-i' | 'what-if';
}

/** Longest purpose or condition clause, in words: a longer one makes a question nobody would type. */
const CLAUSE_MAX_WORDS = 14;
// Purpose clauses that are sentence adverbs, not goals: "To date, …", "To be clear, …".
const NOT_A_GOAL =
  /^(?:be|date|that|this|these|those|some|sum|summarise|summarize|conclude|recap|begin with|start with|learn more|find out more|read more|get started|illustrate|put it)\b/i;

/**
 * A question a reader would ask in their own voice, answered by the sentence, for sentences that
 * address the reader:
 * - a goal and how to reach it: "To renew a permit, send the form to the harbour office." ->
 *   "How do I renew a permit?"
 * - a condition and what follows: "If your permit expires, the berth is given to the next boat." ->
 *   "What happens if my permit expires?"; with an instruction after it, "What should I do if…?"
 * Undefined when the sentence has neither shape, when the clause leans on earlier text or speaks
 * for the author, or when what follows only points elsewhere ("…, see our guide").
 */
export function readerQuestion(sentence: string): ReaderQuestion | undefined {
  // An exclamation ("…, we’d love to hear from you!") is the author talking, not an answer.
  if (!isPlainStatement(sentence) || /!["”’)]?$/u.test(sentence)) return undefined;
  return goal(sentence) ?? condition(sentence) ?? means(sentence);
}

/**
 * Whether a task names enough to be asked on its own: "renew a berth permit" or "set up OpenQuay",
 * not "save state" or "draw your triangle", which need the article around them.
 */
function specificTask(task: string): boolean {
  const words = task.split(/\s+/);
  return words.length >= 4 || words.slice(1).some((word) => /^\p{Lu}|\d|[./_]/u.test(word));
}

/** "You can renew a permit by sending the form…" -> "How can I renew a permit?" */
function means(sentence: string): ReaderQuestion | undefined {
  // "You could…" and "You may…" only suggest; "You can X by Y" says how X is done.
  const match = /^You\s+(can)\s+([^,;:]+?)\s+(?:by|using|through|via)\s+\S/u.exec(withoutStop(sentence));
  if (!match) return undefined;
  const [, modal = '', aim = ''] = match;
  // "by" must give the means of the whole aim: "check the status by visiting…", not "be sure by…".
  if (
    NOT_A_GOAL.test(aim) ||
    /^(?:also|still|now|then|always|only|even|just|be|find|learn|see|read|visit|contact|get in touch)\b/i.test(aim) ||
    !isClause(aim, 3) ||
    !startsWithVerb(aim)
  )
    return undefined;
  const by = sentence.slice(sentence.indexOf(aim) + aim.length).trim();
  if (!/^(?:by\s+\p{L}+ing|using|through|via|with)\b/iu.test(by) || POINTER.test(by)) return undefined;
  const asked = asReader(aim);
  return asked ? { question: `How ${modal.toLowerCase()} I ${asked}?`, kind: 'how-do-i' } : undefined;
}

/** "To X, do Y." / "To X, you need Y." -> "How do I X?" */
function goal(sentence: string): ReaderQuestion | undefined {
  const match = /^To\s+([^,;:]+?),\s+(.+)$/u.exec(withoutStop(sentence));
  if (!match) return undefined;
  const [, aim = '', then = ''] = match;
  if (NOT_A_GOAL.test(aim) || !isClause(aim, 2) || !startsWithVerb(aim) || !addressesReader(then) || !specificTask(aim)) return undefined;
  // "…, you must first set…" gives one step of several; "use sr = src.Bounds()" is code the box cannot explain.
  if (/\bfirst\b/i.test(then) || /[=(){}]|\b\p{L}+\.\p{Lu}|\s(?!a\b)\p{Ll}\b(?![’'])/u.test(then)) return undefined;
  const asked = asReader(aim);
  return asked ? { question: `How do I ${asked}?`, kind: 'how-do-i' } : undefined;
}

/** "If X, Y." -> "What happens if X?"; "If X, do Y." -> "What should I do if X?" */
function condition(sentence: string): ReaderQuestion | undefined {
  // "When…" opens a time, a habit or a scene as often as a condition: only "If", "Whenever…" and
  // "Each time…" are conditions a reader asks about.
  const match = /^(If|Whenever|Each time|Every time)\s+([^,;:]+?),\s+(.+)$/u.exec(withoutStop(sentence));
  if (!match) return undefined;
  const [, opener = '', clause = '', then = ''] = match;
  if (!isClause(clause, 3) || !CONDITION_SUBJECT.test(clause)) return undefined;
  if (opener !== 'If' && /\b(?:was|were|did|had)\b|\p{L}{3,}ed\b/u.test(clause)) return undefined;
  const when = opener === 'If' ? 'if' : 'when';
  // What follows must say what happens, not point elsewhere or speak for the author; ", or …"
  // after the comma means the condition was a list ("If you add X, make Y, or upgrade Z, …").
  if (!isConsequence(then) || /,\s+(?:or|and)\s/.test(then)) return undefined;
  // Advice on a condition about the reader needs the condition to name something definite ("If
  // your client doesn't support ARI"): "If you're publishing your own project" fits everyone, and
  // any one tip "answers" it.
  const definite = clause
    .split(/\s+/)
    .slice(1)
    .some((word) => /^\p{Lu}|\d/u.test(word));
  // "If an error occurs" fits any article: a condition on "a/an/any" thing needs a name or more words.
  if (/^(?:a|an|any|no)\s/i.test(clause) && !definite && clause.split(/\s+/).length < 4) return undefined;
  // "If you want to clear the cache, …" asks how, not what happens: answered only when what
  // follows tells the reader what to do.
  const wish = /^you\s+(?:want|wish|would like|need|have)\s+to\s+(.+)$/i.exec(clause)?.[1];
  if (wish) {
    const task = asReader(wish);
    return task && (ADVICE.test(then) || isInstruction(then)) && startsWithVerb(wish) && specificTask(wish)
      ? { question: `How do I ${task}?`, kind: 'how-do-i' }
      : undefined;
  }
  const advises = ADVICE.test(then) || isInstruction(then);
  if (advises && /^(?:you|your)\b/i.test(clause) && !definite) return undefined;
  const advice = ADVICE.exec(then);
  // "…, you should read our guide" points elsewhere as much as "…, read our guide" does.
  if (advice && !isConsequence(then.slice(advice[0].length))) return undefined;
  const asked = asReader(clause);
  if (!asked) return undefined;
  if (advice) return { question: `What ${/^you\s+(?:can|could|may)\b/i.test(advice[0]) ? 'can' : 'should'} I do ${when} ${asked}?`, kind: 'what-if' };
  const instructs = isInstruction(then) || /^(?:make sure|be sure|remember to|don[’']t forget to)\b/i.test(then);
  if (instructs) return { question: `What should I do ${when} ${asked}?`, kind: 'what-if' };
  // "What happens if I have image data of unknown format?" asks mechanically what the sentence
  // already frames as a tip; about the reader, only advice is asked.
  if (/^you\b/i.test(clause)) return undefined;
  return { question: `What happens ${when} ${asked}?`, kind: 'what-if' };
}

// Advice to the reader after a condition: "…, you can donate…" asks what I can do; "…, you
// should update…" or "you’re better off…" what I should do, not what happens.
const ADVICE = /^you(?:\s+are|[’']re|[’']ll|[’']d|\s+will|\s+had)?\s+(?:can|could|may|should|must|need to|have to|better off|better)\s+/i;

// A condition about the reader, about any one of a kind, or about something named; "If the list…"
// usually means a list the article showed before.
const CONDITION_SUBJECT = /^(?:you|your|a|an|any|no|each|every)\b|^\p{Lu}/u;
// Words by which a clause refers to something said before it: "do both", "the other one", "as well".
const REFERS_BACK = /\b(?:both|either|neither|same|other|others|else|too|also|instead|again|as well|otherwise|do so|does so|did so)\b/i;
/** Fewest words of a consequence worth asking about: "everyone will understand" says too little. */
const CONSEQUENCE_MIN_WORDS = 5;

/** A clause of `min` to CLAUSE_MAX_WORDS words that names what it is about, with nothing left to resolve. */
function isClause(clause: string, min: number): boolean {
  const words = clause.split(/\s+/).length;
  return words >= min && words <= CLAUSE_MAX_WORDS && !LEANING_WORD.test(clause) && !REFERS_BACK.test(clause) && !/[“”"()]/u.test(clause);
}

/** A main clause that says what follows from a condition: not a pointer, not the author speaking, not tied to the sentence before. */
function isConsequence(clause: string): boolean {
  return (
    clause.split(/\s+/).length >= CONSEQUENCE_MIN_WORDS &&
    !POINTER.test(clause) &&
    !/^(?:please|so|not|only|then|and|but|or|we|our|i|as|when|while|after|before|because|since|though|although|unless|until|which|who)\b/i.test(clause) &&
    !REFERS_BACK.test(clause)
  );
}

/** Whether the main clause speaks to the reader: an instruction, or "you can/need/must/should…". */
function addressesReader(clause: string): boolean {
  if (!isConsequence(clause) || /^(?:simply|just)\b/i.test(clause)) return false;
  return /^you(?:[’']ll|[’']d)?\s+(?:can|could|need|must|should|will|may|have to|only need|just need)\b/i.test(clause) || isInstruction(clause);
}

/** An instruction: the clause opens with a verb in its bare form ("add the header…"). */
const isInstruction = memoize((clause: string): boolean => nlp(clause).has('^#Imperative'));

/** Whether a clause opens with a verb: "renew a permit", not "the permit". */
const startsWithVerb = memoize((clause: string): boolean => nlp(`to ${clause}`).has('^to #Verb'));

// The reader's words for the article's "you": subject "you" -> "I", "your" -> "my".
const READER_FORMS: Array<[RegExp, string]> = [
  [/\byou are not\b|\byou aren[’']t\b/gi, 'I am not'],
  [/\byou[’']re\b/gi, 'I’m'],
  [/\byou are\b/gi, 'I am'],
  [/\byou were not\b|\byou weren[’']t\b/gi, 'I was not'],
  [/\byou were\b/gi, 'I was'],
  [/\byou([’'](?:ve|ll|d))\b/gi, 'I$1'],
  [/\byourself\b/gi, 'myself'],
  [/\byours\b/gi, 'mine'],
  [/\byour\b/gi, 'my'],
];

/**
 * A clause written to "you" as the reader would ask it: "your permit expires" -> "my permit
 * expires", "you are late" -> "I am late", "you miss the ferry" -> "I miss the ferry". A "you"
 * that is not the clause's subject ("the office sends you a form") becomes "me". Undefined for a
 * clause that speaks for the author.
 */
export function asReader(clause: string): string | undefined {
  if (/\b(?:we|our|ours|us)\b/i.test(clause)) return undefined;
  let asked = clause;
  for (const [pattern, replacement] of READER_FORMS) asked = asked.replace(pattern, replacement);
  return asked.replace(/(^|\b(?:and|or|if|when|once|that|because|before|after|until|unless)\s+)you\b/gi, '$1I').replace(/\byou\b/gi, 'me');
}
