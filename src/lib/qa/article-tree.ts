import type { Root } from 'mdast';
import { createTreeParser as createParser } from '../../render/processor.ts';

/**
 * A parser giving the mdast tree the Key Questions plugin sees on the site: the same parsing,
 * GFM and curly quotes as the briefing processor, with the tree taken where that plugin runs.
 */
export async function createTreeParser(): Promise<(markdown: string) => Promise<Root>> {
  const parse = createParser();
  return async (markdown) => parse(markdown);
}
