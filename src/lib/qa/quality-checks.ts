import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Automatic checks of generated question-and-answer pairs, for measuring the generator
 * (`npm run qa:eval`). Everything here reads the article on its own terms, independently of the
 * generator's code, so a generator bug cannot hide itself by being repeated in its own yardstick.
 */

/** The question and answer of one pair; everything the checks look at. */
export interface PairText {
  question: string;
  answer: string;
}

/** What the checks know of one article, computed once by `articleEvidence`. */
export interface ArticleEvidence {
  /** The article's text blocks (paragraphs, list-item and quoted paragraphs, table cells), whitespace collapsed. */
  blocks: string[];
  /** Every block joined by a space, quotes straightened: what answers must be copied from. */
  text: string;
  /** Heading texts, kept apart: headings are often Title Case, so they are never casing evidence. */
  titles: string[];
  /** Lower-cased word → the forms the article's prose writes it in, outside headings and sentence starts. */
  casing: Map<string, Set<string>>;
  /** Words of inline code (`Read`, `Send`): identifiers, so their casing is right as written but says nothing of the prose word. */
  codeWords: Set<string>;
}

/** A check's verdict: a pass, or a fail with a short reason. */
export type CheckResult = { ok: true } | { ok: false; detail: string };

export type PairCheck = (pair: PairText, article: ArticleEvidence) => CheckResult;

const PASS: CheckResult = { ok: true };
const fail = (detail: string): CheckResult => ({ ok: false, detail });

/** Plain text, casing evidence and titles of an article's tree (the tree without its Q&A block). */
export function articleEvidence(tree: Root): ArticleEvidence {
  const blocks: string[] = [];
  const prose: string[] = [];
  const titles: string[] = [];
  const codeWords = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') titles.push(collapse(toString(node, { includeImageAlt: false })));
    else if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(collapse(toString(node, { includeImageAlt: false })));
      prose.push(collapse(proseOf(node)));
      visit(node, 'inlineCode', (code) => {
        for (const word of casingWords(code.value)) codeWords.add(word);
      });
    } else if (node.type !== 'html' && node.type !== 'code') return undefined;
    // A block's text is taken whole; raw HTML and code blocks are not article prose.
    return SKIP;
  });
  const nonEmpty = blocks.filter(Boolean);
  return { blocks: nonEmpty, text: straighten(nonEmpty.join(' ')), titles, casing: casingEvidence(prose), codeWords };
}

/** A block's text without its inline code, whose words are identifiers ("impl Read") rather than prose. */
function proseOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'inlineCode' || node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child: Nodes) => proseOf(child)).join('') : '';
}

/** The answer, or each of its sentences, occurs word for word in the article's text. */
export const verbatim: PairCheck = (pair, article) => {
  const answer = straighten(collapse(pair.answer));
  if (article.text.includes(answer)) return PASS;
  // Two sentences may come from adjacent blocks, or the generator may have skipped one between them.
  const missing = proseSentences(answer).find((sentence) => !article.text.includes(sentence));
  return missing === undefined ? PASS : fail(`not in the article: "${clip(missing)}"`);
};

/** The answer carries no Markdown, HTML or footnote markup (a bare URL is fine). */
export const answerDebris: PairCheck = (pair) => {
  const text = pair.answer.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ');
  const found = DEBRIS.find(([, pattern]) => pattern.test(text));
  return found ? fail(`contains ${found[0]}`) : PASS;
};

const DEBRIS: Array<[string, RegExp]> = [
  ['a footnote mark "[^"', /\[\^/],
  ['a link "]("', /\]\(/],
  ['"**"', /\*\*/],
  ['"__"', /__/],
  ['a backtick', /`/],
  ['a heading mark "# "', /(?:^|\s)#+\s/],
  ['an HTML tag', /<\/?[a-z]/i],
  ['a table pipe "|"', /\|/],
];

const CLOSERS = `["'”’)\\]]*`;
const ENDS_SENTENCE = new RegExp(`[.!?]${CLOSERS}$`);

/** The answer is whole sentences: a capital (digit, quote) first, a full stop last, and not the lead-in to a list. */
export const answerComplete: PairCheck = (pair) => {
  const answer = pair.answer.trim();
  // A name its owner writes in lower case ("cloud.gov", "iOS") may open a sentence as it is.
  const lowerCaseName = /^(?:\p{Ll}+(?:[-\p{N}]*\p{Ll}*)*\.\p{Ll}{2,}|\p{Ll}{1,3}\p{Lu})/u.test(answer);
  if (!/^[\p{Lu}\p{N}"'“‘([]/u.test(answer) && !lowerCaseName)
    return fail('does not start with a capital letter, digit, opening quote or a name written in lower case');
  if (new RegExp(`(?:…|\\.\\.\\.)${CLOSERS}$`).test(answer)) return fail('ends with an ellipsis');
  if (new RegExp(`[:;]${CLOSERS}$`).test(answer)) return fail('ends with a colon or semicolon');
  if (!ENDS_SENTENCE.test(answer)) return fail('does not end with ".", "!" or "?"');
  const beforeStop = answer.replace(ENDS_SENTENCE, '');
  if (/(?::|\b(?:following|as follows|include|includes|are|were)\s*:?)$/i.test(beforeStop)) return fail('introduces a list it does not give');
  return PASS;
};

/** The answer is 6 to 50 words long. */
export const answerLength: PairCheck = (pair) => {
  const words = wordsOf(pair.answer).length;
  if (words > 50) return fail(`${words} words, more than 50`);
  if (words < 6) return fail(`${words} words, fewer than 6`);
  return PASS;
};

// First words that lean on a sentence the reader of the Q&A has not seen.
const DANGLING_OPENERS = new Set(
  'he she it they we our us his her its their this these that those such but and or so however also meanwhile instead then still yet additionally furthermore moreover therefore thus'.split(
    ' ',
  ),
);

/** The answer does not open with a pronoun, demonstrative or conjunction that needs the sentence before it. */
export const answerOpening: PairCheck = (pair) => {
  const first = firstWord(pair.answer);
  return DANGLING_OPENERS.has(first.toLowerCase()) ? fail(`opens with "${first}"`) : PASS;
};

const QUESTION_OPENERS = new Set(
  'what why how who whom whose where when which is are was were do does did can could will would should shall may might must has have had'.split(' '),
);
// The same auxiliaries negated: "Aren't", "Can't", "Won't" open questions as well.
const NEGATED_OPENERS = new Set(
  "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't mightn't mustn't hasn't haven't hadn't".split(' '),
);

/** The question is one question sentence: opens with a question word or auxiliary, ends with its only "?", 3 to 25 words. */
export const questionForm: PairCheck = (pair) => {
  const question = pair.question.trim();
  const marks = question.split('?').length - 1;
  if (marks !== 1 || !question.endsWith('?')) return fail(marks === 0 ? 'has no "?"' : 'has a "?" before its end');
  if (!/^\p{Lu}/u.test(question)) return fail('does not start with a capital letter');
  if (question.includes('!') || proseSentences(question).length > 1) return fail('holds more than one sentence');
  const words = wordsOf(question).length;
  if (words < 3 || words > 25) return fail(`${words} words, not 3–25`);
  const first = /^\p{L}+(?:['’]\p{L}+)?/u.exec(question)?.[0] ?? '';
  // "What’s" opens a question as "What" does, "Aren’t" as "Are" does.
  const opener = straighten(first).toLowerCase();
  return NEGATED_OPENERS.has(opener) || QUESTION_OPENERS.has(opener.replace(/'\p{L}+$/u, '')) ? PASS : fail(`opens with "${first}", not a question word`);
};

const QUESTION_DEBRIS: Array<[string, RegExp]> = [
  ['leading numbering', /^\s*(?:\d+[.)]|step\s+\d+\b)/i],
  // Times and ratios ("10:30") are not heading labels.
  ['a colon', /(?<!\d):|:(?!\d)/],
  ['an emoji', /\p{Extended_Pictographic}/u],
  ['"#"', /#/],
  ['"*"', /\*/],
  ['"_" around a word', /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u],
  ['a backtick', /`/],
  ['a square bracket', /[[\]]/],
  ['"??"', /\?\?/],
  ['an ellipsis', /…|\.\.\./],
  // A dash typed as "--"; a command-line flag ("--verbose") is a name, not debris.
  ['"--"', /--(?![\p{L}\p{N}])|(?<=\S)--/u],
  ['a space before "?"', /\s\?$/],
];

/** The question carries no heading debris: numbering, a label colon, emoji, Markdown marks, ellipses. */
export const questionDebris: PairCheck = (pair) => {
  const found = QUESTION_DEBRIS.find(([, pattern]) => pattern.test(pair.question));
  return found ? fail(`contains ${found[0]}`) : PASS;
};

/** Names and acronyms in the question are cased as the article's sentences case them, and common words are not capitalised. */
export const questionCasing: PairCheck = (pair, article) => {
  // Each sentence's first word may be capitalised, should a question hold more than one.
  for (const word of proseSentences(pair.question).flatMap((sentence) => casingWords(sentence).slice(1))) {
    const forms = article.casing.get(word.toLowerCase());
    // The pronoun "I" is written so whatever the article's code calls "i"; a function word ("does")
    // is never a name, however the article happens to write it.
    if (!forms || forms.has(word) || article.codeWords.has(word) || word === 'I' || FUNCTION_WORDS.has(word)) continue;
    const formsList = [...forms];
    const lowerOnly = formsList.every((form) => form === form.toLowerCase());
    const neverLower = formsList.every((form) => form !== form.toLowerCase());
    if (neverLower) return fail(`"${word}": the article writes "${formsList.join('", "')}"`);
    if (lowerOnly && word !== word.toLowerCase()) return fail(`"${word}": the article writes "${word.toLowerCase()}"`);
  }
  return PASS;
};

const FUNCTION_WORDS = new Set(
  'a an the and or but of in on at to for from by with as is are was were be been do does did has have had can could will would should may might must not no this that these those what why how who when where which it its my your their our'.split(
    ' ',
  ),
);

/** The question does not speak as the article's author ("we", "our", "us", "ours"). */
export const questionVoice: PairCheck = (pair) => {
  const found = wholeWordsOf(pair.question).find((word) => AUTHOR_VOICE.has(word.toLowerCase()) && !isAcronym(word));
  return found ? fail(`says "${found}"`) : PASS;
};
const AUTHOR_VOICE = new Set(['we', 'our', 'us', 'ours']);

/** The question names what it is about instead of leaning on a pronoun or demonstrative. */
export const questionPronoun: PairCheck = (pair) => {
  const found = wholeWordsOf(pair.question).find((word) => PRONOUNS.has(word.toLowerCase()) && !isAcronym(word));
  return found ? fail(`says "${found}"`) : PASS;
};
const PRONOUNS = new Set('he she they them him her his their it its this these those'.split(' '));

/** The pair repeats an earlier pair of the same article: the same question, the same answer, or answers sharing ≥ 60% of their content words. */
export function duplicateOf(pair: PairText, earlier: readonly PairText[]): CheckResult {
  const question = bareQuestion(pair.question);
  const words = contentWords(pair.answer);
  for (const [i, other] of earlier.entries()) {
    if (bareQuestion(other.question) === question) return fail(`asks the same as pair ${i + 1}`);
    if (collapse(other.answer) === collapse(pair.answer)) return fail(`answers the same as pair ${i + 1}`);
    const otherWords = contentWords(other.answer);
    const shared = [...words].filter((word) => otherWords.has(word)).length;
    const share = shared / Math.max(1, Math.min(words.size, otherWords.size));
    if (share >= 0.6) return fail(`answer shares ${Math.round(share * 100)}% of its content words with pair ${i + 1}`);
  }
  return PASS;
}

/** Every check that looks at one pair, by name, in report order. */
const PAIR_CHECKS: ReadonlyArray<readonly [string, PairCheck]> = [
  ['verbatim', verbatim],
  ['answer-debris', answerDebris],
  ['answer-complete', answerComplete],
  ['answer-length', answerLength],
  ['answer-opening', answerOpening],
  ['question-form', questionForm],
  ['question-debris', questionDebris],
  ['question-casing', questionCasing],
  ['question-voice', questionVoice],
  ['question-pronoun', questionPronoun],
];

/** The name of every check, `duplicate` last. */
export const CHECK_NAMES: readonly string[] = [...PAIR_CHECKS.map(([name]) => name), 'duplicate'];

/** The failed checks of each pair of one article, in pair order. */
export function checkPairs(pairs: readonly PairText[], article: ArticleEvidence): Array<Array<{ check: string; detail: string }>> {
  return pairs.map((pair, i) => {
    const results: Array<[string, CheckResult]> = [
      ...PAIR_CHECKS.map(([name, check]): [string, CheckResult] => [name, check(pair, article)]),
      ['duplicate', duplicateOf(pair, pairs.slice(0, i))],
    ];
    return results.flatMap(([check, result]) => (result.ok ? [] : [{ check, detail: result.detail }]));
  });
}

// —— Text helpers, the checks' own (deliberately not the generator's) ——

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Curly quotes and apostrophes as straight ones, so typography never decides "verbatim". */
function straighten(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Whitespace-separated tokens holding a letter or digit. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The first run of letters, after any opening quote or bracket ("It’s" → "It"). */
function firstWord(text: string): string {
  return /\p{L}+/u.exec(text.trim())?.[0] ?? '';
}

/** Words as letter runs, for matching pronouns and the author's voice. */
function wholeWordsOf(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

/** "US", "IT": a word in capitals is an acronym, not the pronoun it spells. */
function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

// The checks split sentences and pick content words with their own simple rules, on purpose: a
// check that called the generator's answer.ts or sentences.ts would agree with any mistake in them.
// A full stop ends a sentence unless it closes an abbreviation ("U.S.", "Dr.") or a middle initial ("Hugh G. Stout").
const ABBREVIATION = /(?:\b(?:\p{L}\.){2,}|\b\p{Lu}\p{Ll}+\s+\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Co|vs|No)\.)$/u;

/** Sentences of plain text, split after . ! ? before a capital or digit, but not after an abbreviation. */
export function proseSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(new RegExp(`[.!?]${CLOSERS}\\s+(?=["'“‘(\\[]?[\\p{Lu}\\p{N}])`, 'gu'))) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  return rest ? [...sentences, rest] : sentences;
}

// A word for casing: letters and digits, joined by inner apostrophes, dots or hyphens ("U.S", "COVID-19", "don’t").
const CASING_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of a text as casing compares them: possessive "’s" removed, words without a letter dropped. */
function casingWords(text: string): string[] {
  return (text.match(CASING_WORD) ?? []).map((word) => word.replace(/['’]s$/i, '')).filter((word) => /\p{L}/u.test(word));
}

/** How the article writes each word, skipping each sentence's first word and the first word after a colon or an opening quote. */
function casingEvidence(blocks: readonly string[]): Map<string, Set<string>> {
  const casing = new Map<string, Set<string>>();
  for (const block of blocks) {
    for (const sentence of proseSentences(block)) {
      // Clauses after a colon or inside quotes may start with a capital of their own.
      for (const clause of sentence.split(/:\s+|["“‘]/)) {
        for (const word of casingWords(clause).slice(1)) {
          const key = word.toLowerCase();
          const forms = casing.get(key) ?? new Set<string>();
          forms.add(word);
          casing.set(key, forms);
        }
      }
    }
  }
  return casing;
}

/** A question reduced for comparison: lower case, no punctuation, single spaces. */
function bareQuestion(question: string): string {
  return collapse(question.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));
}

const STOP_WORDS = new Set(
  'the and for are was were with that this these those from has have had will would can could should its their they them his her she who what which when where why how not but been being also into than then there here about after before over under more most some such only other any all one two new said says our out per via'.split(
    ' ',
  ),
);

/** Content words of an answer: lower-cased words of three or more letters that are not stop words. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => word.replace(/['’-]/g, '').length >= 3 && !STOP_WORDS.has(word)));
}
