import { sentenceSegmenter } from '../intl.ts';
// Abbreviations after which a full stop does not end a sentence, even before a capital letter,
// and a name's middle initial ("Hugh G. Smith").
const ABBREVIATION =
  /(?:\b(?:\p{L}\.){2,}|\b\p{Lu}\p{Ll}+\s+\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Prof)\.)\s*$/u;

/**
 * Splits plain text into sentences, each an exact substring of the input (trimmed). Uses the
 * platform's sentence segmenter and rejoins its breaks after abbreviations such as "U.S." or
 * "Gen.", which it would otherwise split before a capitalised word.
 */
export function splitSentences(text: string, lang = 'en'): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of sentenceSegmenter(lang).segment(text)) {
    pending += segment;
    if (!ABBREVIATION.test(pending)) {
      if (pending.trim()) sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}

/** Number of words in a text, counting hyphenated words and numbers as one. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
