import nlp from 'compromise';
import { memoize } from '../memoize.ts';
import { cleanHeading } from './heading-text.ts';
import { type ArticleCasing, sentenceCase } from './recase.ts';
import { withArticle } from './question-from-heading.ts';

const ANNOUNCING = /^(?:announcing|introducing|presenting|unveiling|launching|evolving|welcoming|meet)\s+/i;
const MAX_WORDS = 7;

/**
 * What an article is about, as a noun phrase that can finish a question ("What’s next for …?"),
 * taken from its title when the title is one: "Announcing the Example Toolkit" -> "the Example
 * Toolkit", "The New Example.gov" -> "the new Example.gov". Undefined for a title that is a
 * sentence or a long phrase, since guessing a subject makes a worse question than having none.
 */
export function articleSubject(title: string, casing: ArticleCasing): string | undefined {
  let text = cleanHeading(title).replace(ANNOUNCING, '');
  const [label = '', ...rest] = text.split(/:\s+/);
  if (rest.length > 0) text = label;
  const words = text.split(/\s+/);
  if (words.length === 0 || words.length > MAX_WORDS || !/\p{L}/u.test(text)) return undefined;
  if (/^\p{L}+ing$/iu.test(words[0] ?? '') || /[?!]/.test(text)) return undefined;
  // "From X to Y", "Beyond X": a phrase that opens on a preposition is not a noun phrase.
  if (
    /^(?:from|to|in|on|at|for|with|without|beyond|inside|into|over|under|about|after|before|towards?|through|between|against|across|behind|around|by|of)$/i.test(
      words[0] ?? '',
    )
  )
    return undefined;
  if (/\b(?:we|our|us|you|your|i|my|it|this|they)\b/i.test(text) || isClause(text)) return undefined;
  // "Harbourtown’s New Ferries": a possessive opens on a name, which keeps its capital and takes no "the".
  const owner = /^(\p{Lu}[\p{L}.-]*[’']s)\s+(.+)$/u.exec(text);
  if (owner) return `${owner[1]} ${sentenceCase(owner[2] ?? '', casing).replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase())}`;
  return withArticle(sentenceCase(text, casing));
}

// A finite verb makes a title a sentence ("X Is Now Available"), not a subject.
const isClause = memoize((text: string): boolean => nlp(text.toLowerCase()).match('#Verb').not('#Gerund').not('#Participle').found);
