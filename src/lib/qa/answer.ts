import { splitSentences, wordCount } from './sentences.ts';

/** Longest answer we compose from two sentences; a single lead sentence may run a little over. */
export const ANSWER_MAX_WORDS = 50;

const UNRESOLVED_START = /^(?:he|she|it|they|this|these|that|those|his|her|its|their|we|our|such|but|and|however|meanwhile)\b/i;
const STOPWORDS = new Set(
  'a an the of on in at to for from by with and or but is are was were be been has have had do does did what why how who where when which that this these those it its as about into over than their there them they he she his her not no will would can could should may might must also more most such'.split(' '),
);

/** Content words of a text, lower-cased, for comparing a question with candidate sentences. */
export function contentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? [])
      .map((word) => word.replace(/[’']s$/u, '').replace(/\.$/, ''))
      .filter((word) => word.length > 2 && !STOPWORDS.has(word)),
  );
}

/** Whether a sentence can open an answer: it names its subject and is not a bare quotation. */
export function canOpenAnswer(sentence: string): boolean {
  if (UNRESOLVED_START.test(sentence)) return false;
  if (/^["“‘']/.test(sentence)) return false;
  return wordCount(sentence) >= 6;
}

/**
 * The answer to a question from the text of its section: the first sentence that can open an
 * answer, plus the later sentence sharing most words with the question when both fit in
 * ANSWER_MAX_WORDS, in the article's order and copied verbatim. Undefined when no sentence can
 * open an answer.
 */
export function pickAnswer(question: string, blocks: readonly string[], lang = 'en'): string | undefined {
  const sentences = blocks.flatMap((block) => splitSentences(block, lang));
  const leadAt = sentences.findIndex(canOpenAnswer);
  const lead = sentences[leadAt];
  if (lead === undefined) return undefined;
  const asked = contentWords(question);
  let best: { at: number; score: number } | undefined;
  sentences.forEach((sentence, at) => {
    if (at <= leadAt || /^["“‘']/.test(sentence) || wordCount(lead) + wordCount(sentence) > ANSWER_MAX_WORDS) return;
    const score = [...contentWords(sentence)].filter((word) => asked.has(word)).length + (at === leadAt + 1 ? 0.5 : 0);
    if (!best || score > best.score) best = { at, score };
  });
  const second = best && best.score >= 0.5 ? sentences[best.at] : undefined;
  return second ? `${lead} ${second}` : lead;
}
