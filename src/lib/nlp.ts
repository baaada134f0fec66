import nlp from 'compromise';
import { memoize } from './memoize.ts';

/** A compromise document: parts of speech and named people, places and organisations. */
export type Doc = ReturnType<typeof nlp>;

/** compromise reads "Sheinbaum’s" as "Sheinbaum is" and loses the name, so possessives go first. */
export function withoutPossessives(text: string): string {
  return text.replace(/(\p{Lu}[\p{L}.-]*)[’']s\b/gu, '$1');
}

/**
 * One paragraph tagged by compromise, possessives dropped. Remembered by its text, so the Key
 * Questions and the entity extraction, which read the same paragraphs of a briefing one after
 * the other, tag each paragraph once. Tagged documents are large, so only the last few hundred
 * are kept. The documents are shared: read them, never change them.
 */
const parseParagraph = memoize((text: string): Doc => nlp(withoutPossessives(text)), 300);

/** Every non-empty line of a text (a briefing's paragraphs, one per line), tagged. */
export function parseParagraphs(text: string): Doc[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseParagraph);
}

/** The matches of `pick` in every document, as compromise's JSON (terms with text and tags). */
export function matchesIn(docs: readonly Doc[], pick: (doc: Doc) => { json: () => unknown }): Array<{ terms: Array<{ text: string; tags: string[] }> }> {
  return docs.flatMap((doc) => pick(doc).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>);
}
