import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { BriefingProblem } from './problems.ts';

export interface FrontMatter {
  /** The parsed YAML, as plain values (dates stay text, so impossible dates can be caught). */
  data: Record<string, unknown>;
  /** The line in the file where a field (or its closest existing parent) is written. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  body: string;
  /** The line in the file where the body starts. */
  bodyLine: number;
  /** The line of the closing `---`, where a missing field is added (just above it). */
  closingLine: number;
}

/** How many times one alias may be expanded; ordinary front matter uses none. */
const MAX_ALIAS_COUNT = 100;
const ALIAS_BOMB = 'the front matter uses YAML aliases (&name / *name) too many times: write the values out in full instead of repeating them with `*name`';

const HOW_TO_START = 'start the file with a line `---`, then fields such as `title:` and `date:`, then another `---` line, then the text';

/**
 * Splits a briefing into its YAML front matter and Markdown body and parses the YAML with
 * positions kept, so every problem can name its line. YAML 1.2's core schema is used: an
 * unquoted `2025-02-30` stays text instead of silently becoming 2 March.
 */
export function parseFrontMatter(file: string, text: string): FrontMatter | { problems: BriefingProblem[] } {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return { problems: [{ file, line: 1, severity: 'error', message: `has no front matter: ${HOW_TO_START}` }] };
  }
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (closing === -1) {
    return {
      problems: [
        { file, line: 1, severity: 'error', message: `has front matter that is never closed: add a line \`---\` after the last field (${HOW_TO_START})` },
      ],
    };
  }
  const yaml = lines.slice(1, closing).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  // Line numbers in the file: the YAML starts on line 2.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        line: fileLine(error.pos[0]),
        severity: 'error' as const,
        message: `the front matter is not valid YAML (${yamlReason(error.message)}): ${yamlHint(error.code)}`,
      })),
    };
  }
  let data: unknown;
  try {
    // An alias repeated inside aliases ("billion laughs") would grow without end; yaml stops it.
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { problems: [{ file, line: firstAliasLine(document, fileLine) ?? 2, severity: 'error', message: ALIAS_BOMB }] };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { problems: [{ file, line: 2, severity: 'error', message: `has front matter that is not a list of fields: write one \`field: value\` per line` }] };
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    lineOf: (path) => {
      let node: unknown = document.contents;
      let line: number | undefined;
      for (const key of path) {
        if (isSeq(node) && typeof key === 'number') {
          // A list item: its line is where the item starts (`- question: …`).
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          if (item.range) line = fileLine(item.range[0]);
          node = item;
          continue;
        }
        if (!isMap(node)) break;
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair || !isPair(pair)) break;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) line = fileLine(keyNode.range[0]);
        node = pair.value;
      }
      return line;
    },
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
    closingLine: closing + 1,
  };
}

/** The file line of the first `*name` in the front matter. */
function firstAliasLine(document: ReturnType<typeof parseDocument>, fileLine: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(document, {
    Alias(_, node) {
      if (isAlias(node) && node.range) line = fileLine(node.range[0]);
      return visit.BREAK;
    },
  });
  return line;
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field is written twice: keep one of the two lines';
  return 'check this line; text containing a colon followed by a space, or starting with a quote, [, {, & or *, must be put in double quotes';
}

/** The yaml library's message without its position and code excerpt, which the line says already. */
function yamlReason(message: string): string {
  return (
    message
      .split('\n')[0]
      ?.replace(/ at line \d+, column \d+:?$/, '')
      .replace(/\.$/, '') ?? message
  );
}
