/** How an article itself writes its words mid-sentence: evidence for how a heading word is cased. */
export interface ArticleCasing {
  /** Words written in lower case somewhere ("security"). */
  lower: Set<string>;
  /** Words written capitalised somewhere other than at the start of a sentence ("Mexico"). */
  capitalised: Set<string>;
}

/** Collects the mid-sentence casing of every word (and hyphenated part) of a text. */
export function articleCasing(text: string): ArticleCasing {
  const casing: ArticleCasing = { lower: new Set(), capitalised: new Set() };
  for (const match of text.matchAll(/(?<![.!?]["”’]?\s+|^|\n)(?<![\p{L}’'-])(\p{L}[\p{L}’'-]*)/gu)) {
    for (const part of (match[1] ?? '').replace(/[’']s$/u, '').split('-')) {
      if (part === '') continue;
      if (part === part.toLowerCase()) casing.lower.add(part);
      else casing.capitalised.add(part.toLowerCase());
    }
  }
  return casing;
}

/**
 * Turns a Title Case heading into the case it would have inside a sentence, judged by how the
 * article writes each word: names and acronyms keep their capitals ("Mexico", "U.S."), every
 * other word is lower case. "Formation of High-Level Security Group" -> "formation of
 * high-level security group". The first word is cased like the rest.
 */
export function sentenceCase(heading: string, casing: ArticleCasing): string {
  return heading
    .split(/(\s+)/)
    .map((token) => (/\s/.test(token) ? token : recaseWord(token, casing)))
    .join('');
}

function recaseWord(word: string, casing: ArticleCasing): string {
  if (/\d|\.\p{L}|^\p{Lu}{2,}/u.test(word)) return word; // U.S., G7, NATO
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
