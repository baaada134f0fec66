/** How an article itself writes its words mid-sentence: evidence for how a heading word is cased. */
export interface ArticleCasing {
  /** Words written in lower case somewhere ("security"). */
  lower: Set<string>;
  /** Words written capitalised somewhere other than at the start of a sentence ("Mexico"). */
  capitalised: Set<string>;
  /** Two capitalised words written together mid-sentence, lower-cased ("go cloud" for "Go Cloud"): a name even where each word alone is also a common word. */
  pairs: Set<string>;
  /** A name written with inner capitals mid-sentence, by its lower-case form ("marblerun" -> "MarbleRun"). */
  innerCapitals: Map<string, string>;
}

/** Collects the mid-sentence casing of every word (and hyphenated part) of a text. */
export function articleCasing(text: string): ArticleCasing {
  const casing: ArticleCasing = { lower: new Set(), capitalised: new Set(), pairs: new Set(), innerCapitals: new Map() };
  for (const match of text.matchAll(/(?<![.!?:]["”’)]?\s+|^|\n)(?<![\p{L}\p{N}’'._/-])(\p{Lu}[\p{L}’'-]*)\s+(?=(\p{Lu}[\p{L}’'-]*))/gu)) {
    casing.pairs.add(`${match[1]} ${match[2]}`.toLowerCase());
  }
  for (const match of text.matchAll(/(?<![.!?:]["”’)]?\s+|^|\n)(?<![\p{L}\p{N}’'._/-])(\p{L}[\p{L}’'-]*)/gu)) {
    for (const part of (match[1] ?? '').replace(/[’']s$/u, '').split('-')) {
      if (part === '') continue;
      if (part === part.toLowerCase()) casing.lower.add(part);
      else casing.capitalised.add(part.toLowerCase());
      if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(part) && !casing.innerCapitals.has(part.toLowerCase())) casing.innerCapitals.set(part.toLowerCase(), part);
    }
  }
  return casing;
}

/**
 * Turns a heading into the case it would have inside a sentence, judged by how the article writes
 * each word. In a Title Case heading, names and acronyms keep their capitals ("Mexico", "U.S.")
 * and every other word is lower case: "Formation of High-Level Security Group" -> "formation of
 * high-level security group". A heading already in sentence case keeps its capitals, except on a
 * first word the article writes in lower case.
 */
export function sentenceCase(heading: string, casing: ArticleCasing): string {
  const titleCase = isTitleCase(heading);
  const tokens = heading.split(/(\s+)/);
  // A word that the article writes capitalised together with its neighbour ("Go Cloud") is part of a name.
  const pairedWith = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && casing.pairs.has(`${a} ${b}`.toLowerCase().replace(/[^\p{L}\s’'-]/gu, ''));
  const inName = (i: number) => pairedWith(tokens[i], tokens[i + 2]) || pairedWith(tokens[i - 2], tokens[i]);
  return tokens
    .map((token, i) => {
      if (/\s/.test(token) || (/^\p{Lu}/u.test(token) && inName(i))) return token;
      // A sentence-case heading keeps its words, except one the article only ever writes as a name ("board of Directors").
      if (!titleCase && i > 0) return onlyCapitalised(token, casing) ? token.charAt(0).toUpperCase() + token.slice(1) : token;
      return recaseWord(token, casing);
    })
    .join('');
}

// Short words that Title Case leaves in lower case; they say nothing about the style.
const MINOR = /^(?:a|an|the|and|or|but|nor|of|on|in|at|to|for|from|by|with|as|vs\.?|via|into|over|per)$/i;

/** Whether a heading capitalises most of its words (Title Case) rather than only names (sentence case). */
export function isTitleCase(heading: string): boolean {
  const words = heading
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word) && !MINOR.test(word));
  if (words.length === 0) return true;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length > 0.6;
}

/** Whether a word's own shape marks it as a name or code: "U.S.", "G7", "NATO", "OpenTofu", "iOS", "crypto/tls". */
export function isMarkedName(word: string): boolean {
  return /\d|\.\p{L}|^\p{Lu}{2,}|\p{Ll}\p{Lu}|[/_]/u.test(word);
}

/** Whether a lower-case word is one the article writes only capitalised, mid-sentence. */
function onlyCapitalised(word: string, casing: ArticleCasing): boolean {
  const core = word
    .replace(/[^\p{L}’'-]/gu, '')
    .replace(/[’']s$/u, '')
    .toLowerCase();
  return /^\p{Ll}/u.test(word) && core.length > 1 && casing.capitalised.has(core) && !casing.lower.has(core);
}

function recaseWord(word: string, casing: ArticleCasing): string {
  if (isMarkedName(word)) return word;
  return word
    .split('-')
    .map((part) => {
      const core = part.replace(/[’']s$/u, '').replace(/[^\p{L}’']/gu, '');
      const lower = core.toLowerCase();
      const isName = casing.capitalised.has(lower) && !casing.lower.has(lower);
      return isName ? part : part.toLowerCase();
    })
    .join('-');
}
