import type { Root } from 'mdast';
import { splitSections } from '../qa/sections.ts';
import type { EntitySource } from './extract.ts';

/** What entity extraction reads from a parsed briefing: its headline, then each heading and paragraph on a line of its own. */
export function entitySourceOf(tree: Root, title: string): EntitySource {
  const text = splitSections(tree)
    .flatMap((section) => [section.title, ...section.blocks])
    .filter(Boolean)
    .join('\n');
  return { title, text };
}
