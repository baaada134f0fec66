import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { SEED_BRIEFING_FILE } from './seed.ts';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Briefings that test the Q&A on awkward input; also built as a fixture site. */
export const QA_EDGE_BRIEFINGS = 'sites/qa-edge/briefings/2025/10';

/** The Markdown body of a file, front matter removed. */
export function bodyOf(file: string): string {
  return parseFrontmatter(readFileSync(file, 'utf8')).content;
}

/** The Markdown body of a fixture file, path relative to tests/fixtures. */
export function fixtureBody(path: string): string {
  return bodyOf(resolve(FIXTURES, path));
}

/** The seed briefing's body without its Key Questions and Answers block. */
export function seedBodyWithoutQa(): string {
  const body = bodyOf(SEED_BRIEFING_FILE);
  const at = body.indexOf('## Key Questions and Answers');
  if (at === -1) throw new Error('the seed briefing has no Key Questions and Answers block');
  return body.slice(0, at);
}

/** Parses Markdown the way a remark plugin sees it (CommonMark; enough for these tests). */
export function tree(markdown: string): Root {
  return fromMarkdown(markdown);
}
