/**
 * Capitalised runs of words in a line of text: the candidates for names. "Officials in Ciudad
 * Juárez met the Department of Homeland Security." gives "Officials", "Ciudad Juárez" and
 * "Department of Homeland Security". Linking words ("of", "and", "de", ...) stay inside a run
 * when a capitalised word follows them; punctuation, a possessive or a lower-case word ends it.
 */
export interface Word {
  text: string;
  /** A linking word inside the run ("of", "and", "the", "de"), not a capitalised one. */
  link: boolean;
}

export interface NameRun {
  words: Word[];
  /** The run begins a sentence (or the line), so its first capital may mean nothing. */
  sentenceStart: boolean;
  /** The word just before the run, lower-cased ("in", "the"), or '' at the start of the line. */
  before: string;
  /** What follows the run: the next few characters, for "(ACRONYM)" and "X, Country". */
  after: string;
  /** What precedes the run in its line: up to 80 characters, for "companies such as X". */
  prefix?: string;
  /** The run's last word was written with "’s": "GSA’s". */
  possessive?: boolean;
  /** The run's last word was joined by a hyphen to a lower-case word: "PATH-funded" gives "funded". */
  hyphenatedTo?: string;
}

const LINKS = new Set(['of', 'and', '&', 'the', 'for', 'de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'van', 'von', 'der', 'y']);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Hon|Inc|Corp|Ltd|Co|No|Mt|Ft|vs|etc)$/;
// A word: letters and digits with inner apostrophes, hyphens, slashes, ampersands or full stops
// between letters ("U.S.", "O’Brien", "Guinea-Bissau", "CA/Browser"), or a lone punctuation mark.
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}]|[’'\-/&+](?=[\p{L}\p{N}])|\.(?=\p{L}))*|[^\s\p{L}\p{N}]/gu;
// A capitalised word, or an acronym that opens with digits ("18F").
const CAPITALISED = /^(?:\p{Lu}|\p{N}{1,3}\p{Lu}{1,3}$)/u;
/** Words whose "’s" stands for "us", never a possessive: "Let’s". */
const US_CONTRACTIONS = /^let[’']s$/iu;
/**
 * Plurals not ending in "s": their possessive before a capitalised word says who a body is for
 * ("the Women’s Institute", "the People’s Bank") and stays in the name. A possessive in "s’" does
 * not: it is as often a place's or a team's ("Arkansas’ Wilbur Mills", "Giants’ Willie Mays").
 */
const IRREGULAR_PLURALS = /^(?:Women|Men|Children|People|Gentlemen|Sportsmen|Servicemen|Fishermen|Workmen)[’']s$/u;
const TOP_LEVEL_DOMAIN = /\.(?:gov|com|org|net|io|dev|edu|mil|int|co|uk|us|info|app)$/i;

/** Every capitalised run in a line, in order. */
export function nameRuns(line: string): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  let pendingLinks: Word[] = [];
  let sentenceStart = true;
  let previous = '';
  let skipFullStop = false;
  const close = (after: string) => {
    if (current && current.words.length > 0) runs.push({ ...current, after });
    current = undefined;
    pendingLinks = [];
  };
  for (const match of line.matchAll(TOKEN)) {
    let text = match[0];
    const index = match.index ?? 0;
    const rest = () => line.slice(index + match[0].length, index + match[0].length + 40);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if (skipFullStop && text === '.') {
        skipFullStop = false;
        continue;
      }
      // Punctuation: a full stop, question or exclamation mark, colon or bullet starts a sentence.
      close(line.slice(index, index + 40));
      if (/[.!?:;•*\-–—]/.test(text)) sentenceStart = true;
      previous = text;
      continue;
    }
    const apostrophe = text.includes('’') || text.includes("'");
    const describing = apostrophe && IRREGULAR_PLURALS.test(text) && /^ \p{Lu}/u.test(line.slice(index + text.length, index + text.length + 2));
    const contraction = apostrophe && (describing || US_CONTRACTIONS.test(text));
    const possessive = !contraction && (/[’']s$/u.test(text) || (/[’']$/.test(line[index + text.length] ?? '') && /s$/.test(text)));
    if (!contraction) text = text.replace(/[’']s$/u, '');
    // "U.S.-made": the name is the part before a hyphen and a lower-case word.
    const hyphenated = /^(.+?)-\p{Ll}/u.exec(text);
    if (hyphenated?.[1] && CAPITALISED.test(text)) text = hyphenated[1];
    skipFullStop = false;
    const lower = text.toLowerCase();
    const isName = CAPITALISED.test(text) && !TOP_LEVEL_DOMAIN.test(text);
    if (isName) {
      if (!current) current = { words: [], sentenceStart, before: previous.toLowerCase(), after: '', prefix: line.slice(Math.max(0, index - 80), index) };
      else current.words.push(...pendingLinks);
      pendingLinks = [];
      current.words.push({ text, link: false });
      const abbreviation = ABBREVIATIONS.test(text) && line[index + match[0].length] === '.';
      sentenceStart = false;
      if (possessive && current) current.possessive = true;
      if (hyphenated && current) current.hyphenatedTo = match[0].slice(text.length + 1).toLowerCase();
      if (possessive || hyphenated) close(rest());
      if (abbreviation) {
        // "Dr. Ada Quill": the full stop belongs to the title; skip it without ending the sentence.
        skipFullStop = true;
        previous = text;
        continue;
      }
    } else if (current && LINKS.has(lower)) {
      pendingLinks.push({ text, link: true });
      sentenceStart = false;
    } else {
      close(line.slice(index - 1, index + 40));
      sentenceStart = false;
    }
    previous = text;
  }
  close('');
  return runs.map(trimLinks);
}

/** A run never ends on a linking word ("Bank of" in "Bank of, say"). */
export function trimLinks(run: NameRun): NameRun {
  const words = [...run.words];
  while (words.length > 0 && words.at(-1)?.link) words.pop();
  return { ...run, words };
}

/** Headlines and headings capitalise every word, so capitals there say nothing about names. */
export function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const long = words.filter((word) => word.length > 3);
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length > 0.6;
}
