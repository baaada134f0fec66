// The most frequent English function words: in English prose they make up a large share of all
// words, in other languages almost none.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is that for it was on with as by at from be this have are has an not or but were which their they his her its been will would who said had more than also'.split(
    ' ',
  ),
);

/** Whether a text reads as English, judged by the share of common English function words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 12) return true;
  const common = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return common / words.length >= 0.12;
}
