/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** How far back from a match a sentence's start is looked for before the excerpt starts at the match's clause. */
const MAX_LOOK_BACK = 30;

const core = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const endsSentence = (token: string) => /[.!?…][”"’')\]]*$/u.test(token);

/**
 * Where a page's body starts in the text the search index holds: after its headline (and the
 * topic labels before it), so an excerpt never repeats them. 0 when the headline is not found.
 */
export function bodyStart(tokens: readonly string[], title: string): number {
  const wanted = title.split(/\s+/).map(core).filter(Boolean);
  if (wanted.length === 0) return 0;
  for (let start = 0; start + wanted.length <= Math.min(tokens.length, 80); start += 1) {
    if (wanted.every((word, offset) => core(tokens[start + offset] ?? '') === word)) return start + wanted.length;
  }
  return 0;
}

/** A heading or sentence as compared: its words, lower-case, without punctuation. */
const wordsOf = (text: string) => text.split(/\s+/).map(core).filter(Boolean).join(' ');

/**
 * An excerpt that starts where a sentence starts: the sentence holding the first match at or
 * after `from` (the body's start), then the text that follows, up to `length` words, and never
 * into one of the page's `headings` (the index holds a heading as a sentence of the text). Matched
 * words (`locations`, word positions in `content`) are marked without the punctuation around
 * them. With no match, the excerpt is the body's opening.
 */
export function sentenceExcerpt(
  content: string,
  locations: readonly number[],
  options: { from: number; length: number; skipSentence?: string; headings?: readonly string[] },
): ExcerptPart[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const skipped = options.skipSentence ? wordsOf(options.skipSentence) : undefined;
  const headings = new Set((options.headings ?? []).map(wordsOf).filter(Boolean));
  const sentenceStart = (at: number) => {
    let start = at;
    while (start > options.from && at - start < MAX_LOOK_BACK && !endsSentence(tokens[start - 1] ?? '')) start -= 1;
    return start;
  };
  const sentenceAt = (start: number) => {
    const words: string[] = [];
    for (let i = start; i < tokens.length; i += 1) {
      words.push(core(tokens[i] ?? ''));
      if (endsSentence(tokens[i] ?? '')) break;
    }
    return words.filter(Boolean).join(' ');
  };
  const matches = [...locations].filter((at) => at >= options.from).sort((a, b) => a - b);
  const chosen = matches.find((at) => !skipped || sentenceAt(sentenceStart(at)) !== skipped);
  const first = chosen ?? matches[0];
  let start = first === undefined ? options.from : sentenceStart(first);
  if (chosen === undefined && skipped && sentenceAt(start) === skipped) start += skipped.split(' ').length;
  let end = Math.min(tokens.length, start + options.length);
  // The excerpt ends where a heading begins: "…by the end of the year." and not "… The Numbers."
  for (let i = start + 1; i < end && headings.size > 0; i += 1) {
    if (endsSentence(tokens[i - 1] ?? '') && headings.has(sentenceAt(i))) end = i;
  }
  const marked = new Set(locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else if (text) parts.push({ text, marked: isMarked });
  };
  for (let i = start; i < end; i += 1) {
    const token = tokens[i] ?? '';
    if (i > start) push(' ', false);
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) ?? [];
    if (marked.has(i) && word) {
      push(before, false);
      push(word, true);
      push(after, false);
    } else push(token, false);
  }
  if (end < tokens.length && !endsSentence(tokens[end - 1] ?? '')) push(' …', false);
  return parts;
}
