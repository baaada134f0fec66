import type { BriefingProblem } from './problems.ts';

/**
 * How deep a briefing may nest quotes, lists, HTML elements and emphasis, and how many emphasis
 * marks one paragraph may hold. Real briefings stay under ten; the Markdown tools work by
 * recursion (thousands of levels overflow the stack) and match emphasis marks pairwise (tens of
 * thousands in one paragraph take minutes), so anything past these is refused before they run.
 */
const NESTING_LIMITS = {
  /** `>` quotes, or lists inside lists, on one line. */
  blocks: 100,
  /** HTML elements inside HTML elements. */
  html: 100,
  /** `*` or `_` marks in a row, and emphasis inside emphasis. */
  emphasis: 100,
  /** `*` and `_` marks that can open or close emphasis, in one paragraph. */
  emphasisMarksPerParagraph: 1000,
} as const;

/** Elements that never hold others, and those HTML closes by itself when the next one opens. */
const NEVER_NESTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const EMPHASIS_RUN = /\*+|_+/g;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Quotes, lists, HTML elements and emphasis nested deeper than the site allows (NESTING_LIMITS),
 * found on the Markdown source in one pass over its lines, before any parser sees it: one error
 * per kind (quotes, lists, HTML, emphasis), on the first line that goes past the limit.
 * `bodyLine` is the file line of the body's first line. Code between ``` fences is not read.
 */
export function nestingProblems(file: string, body: string, bodyLine: number): BriefingProblem[] {
  const found = new Map<string, BriefingProblem>();
  const report = (key: string, line: number, message: string) => {
    if (!found.has(key)) found.set(key, { file, line: bodyLine + line, severity: 'error', message });
  };
  let fence: string | undefined;
  let htmlDepth = 0;
  let paragraph = { depth: 0, marks: 0 };
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    if (line.trim() === '') {
      paragraph = { depth: 0, marks: 0 };
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;

    const blocks = blockDepth(line);
    // A list item or a heading starts inline text of its own.
    if (blocks.lists > 0 || /^ {0,3}#{1,6}(?:\s|$)/.test(line)) paragraph = { depth: 0, marks: 0 };
    if (blocks.quotes > NESTING_LIMITS.blocks) {
      report(
        'quotes',
        index,
        `has quotes nested ${count(blocks.quotes)} deep (\`>\` marks at the start of the line); the site allows at most ${NESTING_LIMITS.blocks}: remove the extra \`>\` marks`,
      );
    }
    if (blocks.lists > NESTING_LIMITS.blocks) {
      report(
        'lists',
        index,
        `has lists nested ${count(blocks.lists)} deep; the site allows at most ${NESTING_LIMITS.blocks}: indent the items less or split the list`,
      );
    }

    for (const tag of line.matchAll(TAG)) {
      const name = (tag[2] ?? '').toLowerCase();
      if (NEVER_NESTED.has(name) || tag[0].endsWith('/>')) continue;
      if (tag[1]) {
        htmlDepth = Math.max(0, htmlDepth - 1);
      } else if (++htmlDepth > NESTING_LIMITS.html) {
        report(
          'html',
          index,
          `has HTML elements nested ${count(htmlDepth)} deep (<${name}> inside <${name}>…); the site allows at most ${NESTING_LIMITS.html}: close each element before opening the next, or write the text without HTML`,
        );
      }
    }

    for (const run of line.matchAll(EMPHASIS_RUN)) {
      const marks = run[0];
      const mark = marks[0] ?? '*';
      if (marks.length > NESTING_LIMITS.emphasis) {
        report(
          'emphasis',
          index,
          `has a run of ${count(marks.length)} \`${mark}\` marks; the site allows at most ${NESTING_LIMITS.emphasis} in a row: remove them, or write \`\\${mark}\` for each one that should show`,
        );
      }
      const start = run.index ?? 0;
      const { opens, closes } = flanking(line[start - 1], line[start + marks.length]);
      if (!opens && !closes) continue;
      if (++paragraph.marks > NESTING_LIMITS.emphasisMarksPerParagraph) {
        report(
          'emphasis',
          index,
          `has more than ${count(NESTING_LIMITS.emphasisMarksPerParagraph)} \`*\` or \`_\` emphasis marks in one paragraph; the site allows at most ${count(NESTING_LIMITS.emphasisMarksPerParagraph)}: split the paragraph, or write \`\\*\` for each one that should show`,
        );
      }
      if (closes && (paragraph.depth > 0 || !opens)) {
        paragraph.depth = Math.max(0, paragraph.depth - marks.length);
      } else if ((paragraph.depth += marks.length) > NESTING_LIMITS.emphasis) {
        report(
          'emphasis',
          index,
          `has emphasis (\`*\` or \`_\`) nested ${count(paragraph.depth)} deep; the site allows at most ${NESTING_LIMITS.emphasis}: close each emphasis before opening another`,
        );
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `>` quotes and list levels a line opens: its markers, and list levels its indent implies. */
function blockDepth(line: string): { quotes: number; lists: number } {
  let quotes = 0;
  let lists = 0;
  let column = 0;
  let indent = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === ' ' || char === '\t') {
      column += char === '\t' ? 4 - (column % 4) : 1;
      i++;
      continue;
    }
    if (quotes === 0 && lists === 0) indent = column;
    if (char === '>') {
      quotes++;
      column++;
      i++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11))?.[0];
    if (!marker) break;
    lists++;
    column += marker.length;
    i += marker.length;
  }
  // Each list inside a list is indented at least two columns past the one that holds it.
  if (lists > 0) lists += Math.floor(indent / 2);
  return { quotes, lists };
}

/** Whether a run of `*` or `_` between these characters can open and/or close emphasis (CommonMark's flanking rules). */
function flanking(before: string | undefined, after: string | undefined): { opens: boolean; closes: boolean } {
  const spaceBefore = before === undefined || WHITESPACE.test(before);
  const spaceAfter = after === undefined || WHITESPACE.test(after);
  const punctuationBefore = before !== undefined && PUNCTUATION.test(before);
  const punctuationAfter = after !== undefined && PUNCTUATION.test(after);
  return {
    opens: !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore),
    closes: !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter),
  };
}
