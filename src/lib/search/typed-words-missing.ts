import { stemmer } from 'stemmer';
import { foldName } from '../text/fold.ts';

/** A word as compared: folded as names are, without the punctuation around it. */
function fold(word: string): string {
  return foldName(word)
    .replace(/’/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether `found`, a word where the search index matched, stands for `typed`, a word of the
 * query: the same word or stem ("policies" for "policy"), a longer word it begins ("statement"
 * for "state"), or the typed word less one slip at its end ("Guanajuato" for "Guanajuatox"). Not
 * a shorter word that only shares its first letters: the index falls back to those when it holds
 * no word like the one typed ("cars" for "cartel", "She" for "Sheinbam").
 */
export function standsFor(typed: string, found: string): boolean {
  const wanted = fold(typed);
  const seen = fold(found);
  if (!wanted || !seen) return false;
  if (seen.startsWith(wanted)) return true;
  const wantedStem = stemmer(wanted);
  const seenStem = stemmer(seen);
  return seenStem.startsWith(wantedStem) || (wantedStem.startsWith(seenStem) && seenStem.length >= wantedStem.length - 1);
}

/** The words of `content` at the word positions `locations`, each with the parts of a joined word ("non-advertising", "Disconnect.me"). */
function wordsAt(content: string, locations: readonly number[]): string[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  return locations.flatMap((at) => {
    const token = tokens[at];
    return token === undefined ? [] : [token, ...token.split(/[-–—./'’]+/)];
  });
}

/**
 * The typed words (`typed`) that no word a result matched stands for: the index answered them
 * with a shorter word. Empty when every typed word was found, and when the result gives no
 * match positions to judge by.
 */
export function typedWordsMissing(typed: readonly string[], content: string, locations: readonly number[]): string[] {
  const found = wordsAt(content, locations);
  if (found.length === 0) return [];
  return typed.filter((word) => !found.some((match) => standsFor(word, match)));
}
