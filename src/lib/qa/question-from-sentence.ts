import { tagClause } from './clause.ts';
import { factQuestion } from './fact-questions.ts';
import type { QuestionKind } from './question-from-heading.ts';
import {
  groundedSubject,
  isName,
  isPlainStatement,
  LEANING_WORD,
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

const SPECIFIC =
  /\b(?:of|for|to|in|on|with|behind|between|about|from|against|under)\b|\b(?:\p{L}+est|most|main|primary|only|key|biggest|largest|chief|major)\b/iu;
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
 * - questions about a date, an amount, a doer or what something makes possible (see `factQuestion`).
 * Undefined when the sentence has none of these shapes, or its subject leans on earlier text.
 */
export function questionFromSentence(sentence: string, context: SentenceContext): SentenceQuestion | undefined {
  if (!isPlainStatement(sentence)) return undefined;
  return (
    definition(withoutAlias(sentence), context, withoutAlias(sentence) !== sentence) ??
    copula(sentence, context) ??
    superlative(sentence, context) ??
    factQuestion(sentence, context)
  );
}

/** "Zentrix, or Zen Build Tool, is a…" -> "Zentrix is a…": the alias is part of the answer, not of the question. */
function withoutAlias(sentence: string): string {
  return sentence.replace(new RegExp(`^(${WORD}(?:\\s+${WORD}){0,2}),\\s+or\\s+[^,]{2,60},\\s+(?=(?:is|are)\\s)`, 'u'), '$1 ');
}

/** "Zentrix is an open-source build tool…" -> "What is Zentrix?"; "Build caches are…" -> "What are build caches?" when the article is about them. */
function definition(sentence: string, { casing, terms, topicWords }: SentenceContext, spelledOut = false): SentenceQuestion | undefined {
  // A definition names a class and then narrows it ("an app that…", "a tool designed for…");
  // "X is a great project" or "X is the leading cause of…" only describes X.
  const match = new RegExp(
    `^((?:${WORD}\\s+){0,3}?${WORD})\\s+(is|are)\\s+((?:a|an|the|one of the)\\s+(?:\\S+\\s+){1,4}?(that|which|who|whose|where|designed|used|built|made|created|developed|written|called|known as|for))\\s`,
    'u',
  ).exec(sentence);
  if (!match) return undefined;
  const [, term = '', verb = '', kind = '', relative = ''] = match;
  // "X is an increasingly common choice for…", "a great language for…": praise, not a class.
  if (
    /\b(?:increasingly|popular|common|great|good|better|best|important|powerful|useful|easy|simple|new|nice|excellent|perfect|ideal|exciting|amazing|awesome)\b/i.test(
      kind,
    )
  )
    return undefined;
  // "X is the biggest tool for…" ranks X; it does not say what X is.
  if (RANKING.test(kind) || kind.split(/\s+/).some((word) => /^\p{L}{3,}est$/u.test(word) && !NOT_SUPERLATIVE.test(word))) return undefined;
  const words = term.split(/\s+/);
  // "A berth permit is a document that…": the dictionary's form, for a term the title or a heading uses.
  const generic =
    /^(?:a|an)$/i.test(words[0] ?? '') && verb === 'is' && words.length >= 2 && words.slice(1).every((word) => /^\p{Ll}+$/u.test(word) && topicWords.has(word));
  if (generic) return NOT_IN_SUBJECT.test(term) ? undefined : { question: `What is ${term.charAt(0).toLowerCase()}${term.slice(1)}?`, kind: 'definition' };
  const namesIt = words.every((word) => isName(word, casing)) || terms.has(term.toLowerCase());
  if (!namesIt || NOT_IN_SUBJECT.test(term) || /^(?:the|a|an)$/i.test(words[0] ?? '')) return undefined;
  // "What is TBT?" is answered only by a sentence that spells the acronym out.
  if (words.length === 1 && /^\p{Lu}{2,6}s?$/u.test(term) && !spelledOut) return undefined;
  const asked = words.every((word) => isName(word, casing))
    ? `${midSentence(words[0] ?? '', casing)}${term.slice((words[0] ?? '').length)}`
    : term.charAt(0).toLowerCase() + term.slice(1);
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
  const match = new RegExp(`^The\\s+((?:${WORD}\\s+){1,11}?${WORD})\\s+(is|are|was|were|remains|remain|remained)\\s+(.+)$`, 'u').exec(sentence);
  if (!match) return undefined;
  const [, subject = '', verb = '', predicate = ''] = match;
  if (subject.split(/\s+/).length < 2 || NOT_IN_SUBJECT.test(subject) || LIST_WORD.test(subject) || !SPECIFIC.test(subject)) return undefined;
  // "… respondents are building include…": "are" was the progressive's, and the subject runs on.
  if (/^\p{L}+ing\s+(?:\S+\s+){0,3}?(?:is|are|was|were|include|includes|included|has|have|had)\b/u.test(predicate)) return undefined;
  if (VERB_IN_SUBJECT.test(subject) || !groundedSubject(`the ${subject}`, context)) return undefined;
  // "The most important to highlight is…": the words before any "of", "to"… must name a thing.
  const head = subject.split(/\s+(?:of|for|to|in|on|with|behind|between|about|from|against|under)\s+/i)[0] ?? '';
  if (tagClause(head).every((term) => term.tags.includes('Adjective') || term.tags.includes('Adverb'))) return undefined;
  // "The nature of an experiment": of any one at all, which asks nothing definite, unless the
  // sentence gives a value ("The cost of a pass is £12").
  if (/\s(?:of|for)\s+(?:a|an|any)\s/i.test(` ${subject} `) && !givesValue(subject, predicate)) return undefined;
  // "The most important constraint is…": a rank needs to say of what, whatever the headings say;
  // "The main concern was…" without saying of what is asked only of a concern the title or a heading names.
  const saysOfWhat = /\s(?:of|for|to|in|on|with|behind|between|about|from|against|under)\s/i.test(` ${subject} `);
  if (!saysOfWhat && (RANKING.test(subject) || !context.topicWords.has((subject.split(/\s+/).at(-1) ?? '').toLowerCase()))) return undefined;
  const explained = (PREDICATE.test(predicate) || ranksOne(subject, predicate)) && !/^remain/.test(verb);
  if (!explained && !givesValue(subject, predicate)) return undefined;
  const asked = ({ remains: 'is', remain: 'are', remained: 'was' } as Record<string, string>)[verb] ?? verb;
  return { question: `What ${asked} the ${subject}?`, kind: 'copula' };
}

// Attributes that a level answers ("The risk of flooding remains low.") and ones that need an
// amount, a date or a number ("The cost of the berths is $4 million."; "is a little high" is no answer).
const LEVEL_ATTRIBUTE = /^(?:risk|threat|severity|likelihood|chance|impact|status|priority|danger)$/;
const AMOUNT_ATTRIBUTE =
  /^(?:cost|costs|price|size|budget|number|total|rate|duration|length|deadline|value|population|capacity|limit|fee|fine|salary|turnout|death toll|toll)$/;
const HAS_AMOUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/i;

// Words that end in "-est" without ranking anything ("the latest release" is not asked as a rank).
const NOT_SUPERLATIVE = /^(?:interest|test|request|forest|honest|modest|guest|west|rest|latest|contest|protest|harvest|suggest|manifest)$/i;

// Words that pick one of a kind out: "the most common use of…", "the top challenges for…".
const RANKING = /\b(?:most|least|top|biggest|largest|smallest|main|primary|chief|leading|greatest|best|worst|highest|lowest|fastest|slowest|commonest)\b/i;

/** Whether "the most common X of Y is/was …" names the one it picks, in a predicate long enough to be an answer. */
function ranksOne(subject: string, predicate: string): boolean {
  return RANKING.test(subject) && predicate.split(/\s+/).length >= 2 && !LEANING_WORD.test(predicate.split(/\s+/).slice(0, 3).join(' '));
}

/** Whether a predicate compares: "is significantly faster than v1", "is more stable than before". */
function compares(predicate: string): boolean {
  return /^(?:(?:much|far|a little|a bit|a lot|\p{L}+ly)\s+)?(?:\p{L}+er|more\s+\p{L}+|less\s+\p{L}+)\s+than\s/iu.test(predicate);
}

/**
 * "Rust is the most loved language of the survey." -> "What is the most loved language of the survey?":
 * a named subject ranked first of a kind, asked the other way round. Only up to the first comma.
 */
function superlative(sentence: string, context: SentenceContext): SentenceQuestion | undefined {
  const match = new RegExp(
    `^((?:${WORD}\\s+){0,4}?${WORD})\\s+(is|was|are|were)\\s+the\\s+((?:most|least)\\s+\\p{L}+|\\p{L}+est|top|leading|main|primary|biggest|largest)\\s+([^,;:]+?)[,.;:]`,
    'u',
  ).exec(sentence);
  if (!match) return undefined;
  const [, subject = '', verb = '', rank = '', rest = ''] = match;
  // "TBT is the main metric…": a bare acronym answers nothing for a reader who does not know it.
  if (/^\p{Lu}{2,6}s?$/u.test(subject)) return undefined;
  if (!namedSubject(subject) || !groundedSubject(subject, context) || NOT_SUPERLATIVE.test(rank)) return undefined;
  const words = rest.split(/\s+/);
  if (words.length > 12 || LEANING_WORD.test(rest) || /\b(?:and|or|but)\b/.test(rest)) return undefined;
  // "… in the server’s language list": a possessive "the X’s" points at something the text set up before.
  if (/\bthe\s+\p{Ll}[\p{L}-]*[’']s\b/u.test(rest)) return undefined;
  // The rank names a kind: "the most common editor…", not "the most prevalent at 65%".
  if (/^(?:at|in|on|of|for|with|by|to|from|among|than|as|\d)/i.test(words[0] ?? '') || (/^(?:most|least)\s/i.test(rank) && words.length < 1)) return undefined;
  return { question: `What ${verb} the ${rank} ${rest}?`, kind: 'copula' };
}

/** Whether "the <attribute> of X is …" gives the attribute's value: a level for a risk, an amount for a cost. */
function givesValue(subject: string, predicate: string): boolean {
  const words = subject.split(/\s+/);
  const of = words.findIndex((word) => /^(?:of|for|to|in|on)$/.test(word));
  const head = (of > 0 ? words[of - 1] : undefined)?.toLowerCase() ?? '';
  const value = predicate.replace(/[.!]["”’)]?$/u, '');
  // "was more common (28%) than…" compares; it gives no value.
  if (LEANING_WORD.test(value) || compares(value)) return false;
  if (AMOUNT_ATTRIBUTE.test(head)) return HAS_AMOUNT.test(value);
  if (!LEVEL_ATTRIBUTE.test(head)) return false;
  // A level: one or two words before any qualifier ("low", "very high", "critical if…").
  const level = value.split(/\s+(?:if|for|in|because|when|unless|at|to|among)\b/)[0] ?? '';
  return level.split(/\s+/).length <= 2 && tagClause(level).some((term) => term.tags.includes('Adjective'));
}
