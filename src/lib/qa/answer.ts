import { opensSentence } from './sentence-parts.ts';
import { splitSentences, wordCount } from './sentences.ts';

/** Longest answer, in words: one or two sentences a reader takes in at a glance. */
const ANSWER_MAX_WORDS = 50;
/** A second sentence is added only to a first one of at most this many words, and only up to FOLLOW_MAX_WORDS in all: a long first sentence answers alone, and a long second one wanders. */
const FOLLOW_FIRST_MAX_WORDS = 20;
const FOLLOW_MAX_WORDS = 40;
const ANSWER_MIN_WORDS = 6;
/** A heading's answer must start this close to the top of its section to be about the heading. */
const OPENING_WINDOW = 3;

// Openings that lean on the sentence before: the reader of a lone answer cannot resolve them.
const UNRESOLVED_START =
  /^(?:he|she|it|they|we|our|us|his|her|its|their|this|these|that|those|such|but|and|or|so|however|also|meanwhile|instead|then|still|yet|additionally|furthermore|moreover|therefore|thus|here|in addition|likewise|similarly|conversely|in contrast|on the other hand|as a result|for example|for instance|in fact|in other words|even so|that said|otherwise|again|of course|indeed|naturally|obviously|clearly|certainly|admittedly|after all)\b/i;
// Markdown or footnote syntax that a parser left as text, HTML, or a table row.
const DEBRIS = /\[\^|\]\(|\*\*|__|`|<\/?\p{L}|\s\|\s|(?:^|\s)#{1,6}\s/u;
// Sentences that point elsewhere or introduce a list instead of saying something.
const POINTER =
  /^(?:see|read|learn|visit|click|check|find out|take a look|look at|join|follow|sign up|subscribe|contact|email|register|download|watch|listen|try|go to|head to|head over to|keep in mind|bear in mind|note that|please note|for (?:more|details|further)|more (?:information|details))\b|\bthis (?:\S+ ){0,3}?(?:article|post|blog post|piece|page|webinar|talk|link|form|guide|site|repository|document|thread|survey)\b|\b(?:below|above)\b|\((?:[a-z]+\s+){0,2}here\)|\b(?:before we|let[’']s|let us)\b|\b(?:see|visit|check out|read) (?:the|our)\b[^!?]*?\b(?:website|site|page|documentation|docs|blog|post|guide)\b/i;
// A sentence about another document rather than the thing itself: "The feedback page details the
// routes…", "Troubleshooting origin trials provides a detailed checklist…".
const ABOUT_A_DOCUMENT =
  /^(?:\S+\s+){0,6}?(?:page|guide|checklist|documentation|docs|article|post|tutorial|section|faq|readme|handbook|manual|overview|reference|specification|changelog|release notes|walkthrough)s?\s+(?:details|describes|explains|provides|lists|covers|outlines|contains|offers|walks|shows|gives|includes|documents)\b|\b(?:provides|offers|contains|gives)\s+(?:a|an)\s+(?:\S+\s+){0,2}?(?:checklist|guide|walkthrough|tutorial|overview)\b/i;
// A one-letter name ("returns the values in m"): a variable from code the answer cannot show.
const ONE_LETTER_NAME = /\s(?![ai]\b)\p{Ll}[.,;:)]?(?=\s|$)/u;
// A sentence built around a long quotation: someone else's words, usually needing their context.
const QUOTATION = /[“"][^”"]{25,}[”"]/u;
const LIST_INTRODUCTION =
  /(?:\b(?:following|as follows|below|include|includes|including|are|were|is|was)\s*)?[:;]$|\b(?:the following|as follows|below)\W*$|\b(?:a number of|a few|several|various)\s+\p{L}+(?:\s+in mind)?\.$/iu;
// "There are a few ways to…": a sentence that announces what follows.
const ANNOUNCES =
  /^there (?:are|were|is) (?:a few|a number of|several|many|some|three|four|five|two|various) (?:ways|things|steps|options|reasons|tips|approaches|questions|factors|areas)\b/i;
// "Scrappy: the culture was…": a list item's label, not the start of a sentence.
const LABEL_OPENING = /^\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?:\s/u;
// The author speaking ("we", "our", "I would argue"): an answer in the box speaks for the site, not the writer.
// "US" in capitals is the country, so the match is case-sensitive.
const AUTHOR_VOICE = /\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|I|[Mm]y|[Ww]e[’'](?:re|ve|ll|d)|I[’'](?:m|ve|ll|d))\b/;
const REASON = /\b(?:because|so that|since|in order to|to (?:help|make|ensure|keep|avoid|prevent|reduce|improve|mitigate|protect))\b/i;
// "To reduce that risk, …", "In response to this, …": an opening that points back at the sentence before.
const HOW_QUESTION = /^how (?!many|much|long|often|old|far|soon)\p{L}+\b/iu;
const MEANS = /\b(?:by \p{L}+ing|through|via|allows?|lets?|enables?|so that|helps?|provides?|offers?)\b/iu;
// What a sentence says when it tells how something is being done: a means, or an action taken.
const ACTION = new RegExp(
  `${MEANS.source}|\\b(?:in response|initiated|launched|introduced|taken|began|begun|started|filed|passed|adopted|deployed|sued|imposed|created|set up|established)\\b`,
  'iu',
);
const FUTURE_QUESTION = /\b(?:next|future|coming|upcoming|ahead)\b/i;
const FUTURE = /\b(?:will|won[’']t|plans?|planned|planning|next|upcoming|future|soon|later|going to|expects?|expected|intends?|aims? to)\b/i;
const LEANING_OPENING = /^[^,]{0,30}\b(?:that|this|these|those|such)\b[^,]{0,25},/i;
const ENDS_SENTENCE = /[.!]["”’)]?$/u;
const STOPWORDS = new Set(
  'a an the of on in at to for from by with and or but is are was were be been has have had do does did what why how who where when which that this these those it its as about into over than their there them they he she his her not no will would can could should may might must also more most such'.split(
    ' ',
  ),
);

/** Content words of a text, lower-cased, for comparing questions and answers. */
export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [])
      .map((word) => word.replace(/[’']s$/u, '').replace(/\.$/, ''))
      .filter((word) => word.length > 2 && !STOPWORDS.has(word)),
  );
}

/** Whether a sentence can be part of an answer: a whole statement with no Markdown debris, no pointer, no list lead-in. */
function canContinueAnswer(sentence: string): boolean {
  return (
    opensSentence(sentence) &&
    ENDS_SENTENCE.test(sentence) &&
    !DEBRIS.test(sentence) &&
    !POINTER.test(sentence) &&
    !ABOUT_A_DOCUMENT.test(sentence) &&
    !ONE_LETTER_NAME.test(sentence) &&
    !LIST_INTRODUCTION.test(sentence) &&
    !QUOTATION.test(sentence) &&
    !/^["“‘']/.test(sentence) &&
    !AUTHOR_VOICE.test(sentence) &&
    !/!["”’)]?$/u.test(sentence)
  );
}

// "… to achieve this goal", "… make these decisions", "… helps reduce this.": a demonstrative inside
// the sentence points back at text the reader of the box cannot see. "This year", "those who…" do not.
const POINTS_BACK =
  /\s(?:this|these|those)(?:\s+(?!(?:year|week|month|morning|afternoon|evening|summer|winter|spring|autumn|fall|time|season|quarter|weekend|century|decade|who|that|which|whose)\b)\p{L}|(?=[.,;:!?]))/iu;

/** Whether a sentence can open an answer: it can be part of one, names its own subject and is long enough to say something. */
export function canOpenAnswer(sentence: string): boolean {
  const words = wordCount(sentence);
  return (
    canContinueAnswer(sentence) &&
    !UNRESOLVED_START.test(sentence) &&
    !LEANING_OPENING.test(sentence) &&
    !POINTS_BACK.test(sentence) &&
    !LABEL_OPENING.test(sentence) &&
    !ANNOUNCES.test(sentence) &&
    words >= ANSWER_MIN_WORDS &&
    words <= ANSWER_MAX_WORDS
  );
}

/**
 * The answer that starts at `sentences[at]`, copied verbatim: that sentence, and the next one of
 * the same paragraph (`paragraphOf` gives each sentence's) when it can follow and the first is
 * short, or when it says what the first does not and the question needs (`needs`: how something
 * is done). Undefined when the sentence cannot open an answer.
 */
export function answerFrom(sentences: readonly string[], at: number, paragraphOf: readonly number[] = [], needs?: RegExp): string | undefined {
  const first = sentences[at];
  if (first === undefined || !canOpenAnswer(first)) return undefined;
  const next = paragraphOf[at + 1] === paragraphOf[at] ? sentences[at + 1] : undefined;
  if (next === undefined || !canContinueAnswer(next)) return first;
  const words = wordCount(first) + wordCount(next);
  if (wordCount(first) <= FOLLOW_FIRST_MAX_WORDS && words <= FOLLOW_MAX_WORDS) return `${first} ${next}`;
  if (needs && !needs.test(first) && needs.test(next) && words <= ANSWER_MAX_WORDS) return `${first} ${next}`;
  return first;
}

/**
 * The answer to a question about a section: from the first of its opening sentences that can
 * stand alone; for a "Why" question, the first of them that gives a reason; for a "How" question
 * made from the section's heading (`askedAsWritten`), the first that says by what means. Undefined when none
 * of the opening sentences can, because an answer found further down is rarely about the heading.
 */
export function pickAnswer(question: string, blocks: readonly string[], lang = 'en', { askedAsWritten = false } = {}): string | undefined {
  const { sentences, paragraphOf } = sentencesOf(blocks, lang);
  const asked = contentWords(question);
  // The answer must at least share a word with the question, or it is likely about something else.
  // A question about what comes next is answered by a sentence about the future, not the present;
  // a "How does X…?" the editor wrote is answered by a sentence that says by what means.
  const future = FUTURE_QUESTION.test(question);
  const means = askedAsWritten && HOW_QUESTION.test(question);
  // "What cookies are enabled?" is answered by a sentence about cookies.
  const which = /^(?:what|which)\s+(\p{L}{3,})\s+(?:is|are|was|were|do|does|did|will|can|could|should|has|have)\b/iu.exec(question)?.[1]?.toLowerCase();
  const namesWhich = (sentence: string) => which === undefined || sentence.toLowerCase().includes(which.replace(/(?:es|s)$/, ''));
  const fits = (sentence: string) =>
    canOpenAnswer(sentence) &&
    [...contentWords(sentence)].some((word) => asked.has(word)) &&
    (!future || FUTURE.test(sentence)) &&
    namesWhich(sentence) &&
    (!means || MEANS.test(sentence));
  const window = sentences.slice(0, OPENING_WINDOW);
  if (/^why\b/i.test(question)) return reasonAnswer(sentences.slice(0, OPENING_WINDOW + 1), paragraphOf, fits);
  // "What is X?" is best answered by the sentence that says what X is.
  const defined = /^what (?:is|are) (?:the |a |an )?(.+)\?$/i.exec(question)?.[1];
  const definitionAt = defined
    ? window.findIndex(
        (sentence) =>
          sentence
            .toLowerCase()
            .replace(/^(?:the|a|an) /, '')
            .startsWith(`${defined.toLowerCase()} `) && fits(sentence),
      )
    : -1;
  // Otherwise "What is X?" is answered only by a sentence that names X ("a user story map", not "a user story").
  // A term, that is: "the purpose of the group" is asked of the group, and any sentence about it may answer.
  const term =
    defined !== undefined && !/\s(?:of|for|to|in|on|with|behind|about)\s/i.test(` ${defined} `) ? defined.toLowerCase().replace(/(?:es|s)$/, '') : undefined;
  // A heading's own "What is X?" is answered by a sentence about X, one that opens on it ("With a
  // growing feature set, X defies…" is about something else).
  const namesDefined = (sentence: string) =>
    term === undefined ||
    (askedAsWritten
      ? sentence
          .toLowerCase()
          .replace(/^(?:the|a|an) /, '')
          .startsWith(term)
      : sentence.toLowerCase().includes(term));
  const at = definitionAt !== -1 ? definitionAt : window.findIndex((sentence) => fits(sentence) && namesDefined(sentence));
  // "How is X addressing Y?" may be answered by the sentence after the one that sets the scene.
  return at === -1 ? undefined : answerFrom(sentences, at, paragraphOf, HOW_QUESTION.test(question) ? ACTION : undefined);
}

/** The sentences of a section's paragraphs, in order, with the paragraph each belongs to. */
export function sentencesOf(blocks: readonly string[], lang = 'en'): { sentences: string[]; paragraphOf: number[] } {
  const sentences: string[] = [];
  const paragraphOf: number[] = [];
  blocks.forEach((block, paragraph) => {
    for (const sentence of splitSentences(block, lang)) {
      sentences.push(sentence);
      paragraphOf.push(paragraph);
    }
  });
  return { sentences, paragraphOf };
}

/** A "Why" answer must give a reason: the sentence that does, or the one before it and it together. */
function reasonAnswer(sentences: readonly string[], paragraphOf: readonly number[], fits: (sentence: string) => boolean): string | undefined {
  // "because" gives a reason outright; "so that", "to help" more often give a purpose on the way.
  const because = sentences.findIndex((sentence) => /\bbecause\b/i.test(sentence) && canContinueAnswer(sentence));
  const at = because !== -1 ? because : sentences.findIndex((sentence) => REASON.test(sentence) && canContinueAnswer(sentence));
  if (at === -1) return undefined;
  const reason = sentences[at] ?? '';
  if (fits(reason)) return reason;
  const before = paragraphOf[at - 1] === paragraphOf[at] ? sentences[at - 1] : undefined;
  if (
    before !== undefined &&
    canOpenAnswer(before) &&
    fits(`${before} ${reason}`.replace(LEANING_OPENING, '')) &&
    wordCount(before) + wordCount(reason) <= ANSWER_MAX_WORDS
  )
    return `${before} ${reason}`;
  return undefined;
}
