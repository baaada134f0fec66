/**
 * Lists of bare names in a briefing: the lines after one ending in a colon that hold nothing but
 * a name each ("Donate to our partners:" then "Harbour Relief", "Quellmark Trust", ...). The
 * items of such a list are things of one kind, so what marks one of them marks the others.
 */

/** Lower-case words a name may hold: "Friends of the Fens", "Bank of Quellmark". */
const NAME_LINKS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'y', '&', '/']);
const MAX_ITEM_WORDS = 8;

/** One item of a list: its name and, when written "A / B", the other names it goes by. */
export interface ListedName {
  name: string;
  otherNames: string[];
}

/** Every list of two or more bare names that follows a line ending in a colon. */
export function nameLists(lines: string[]): ListedName[][] {
  const lists: ListedName[][] = [];
  for (let at = 0; at < lines.length; at += 1) {
    if (!/:\s*$/.test(lines[at] ?? '')) continue;
    const items: ListedName[] = [];
    let next = at + 1;
    for (; next < lines.length; next += 1) {
      const item = bareName(lines[next] ?? '');
      if (!item) break;
      items.push(item);
    }
    if (items.length >= 2) lists.push(items);
    at = next - 1;
  }
  return lists;
}

/** A line that is only a name, or two names joined by " / ": each word capitalised or a linking word, no sentence punctuation. */
function bareName(line: string): ListedName | undefined {
  const text = line.trim();
  if (!/^[\p{Lu}\p{N}]/u.test(text) || /[.!?:;,()"“”]/u.test(text.replace(/(?:\p{L}\.)+/gu, ''))) return undefined;
  const words = text.split(/\s+/);
  if (words.length > MAX_ITEM_WORDS) return undefined;
  if (!words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_LINKS.has(word))) return undefined;
  const [name = '', ...otherNames] = text.split(/\s+\/\s+/);
  return { name, otherNames };
}
