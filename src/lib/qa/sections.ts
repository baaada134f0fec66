import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A titled part of an article (or its untitled lead), as plain text. */
export interface ArticleSection {
  /** Heading text; empty for the lead before the first heading. */
  title: string;
  /** The id rehype-slug gives the heading; empty for the lead. */
  id: string;
  depth: number;
  /** Paragraphs and list items of the section, as plain text, in order. */
  blocks: string[];
}

/**
 * Splits an article into its lead and its sections at h2/h3 headings, with the same heading ids
 * rehype-slug will assign (github-slugger over every heading, in document order), so links
 * generated from the text land on the rendered headings.
 */
export function splitSections(tree: Root): ArticleSection[] {
  const slugger = new GithubSlugger();
  const lead: ArticleSection = { title: '', id: '', depth: 0, blocks: [] };
  const sections: ArticleSection[] = [lead];
  let current = lead;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = plain(node);
      // rehype-slug slugs the heading's raw text, so whitespace is not collapsed here.
      const id = slugger.slug(toString(node, { includeImageAlt: false }));
      if (node.depth === 2 || node.depth === 3) {
        current = { title, id, depth: node.depth, blocks: [] };
        sections.push(current);
      }
      continue;
    }
    current.blocks.push(...textBlocks(node));
  }
  return sections.filter((section) => section.title !== '' || section.blocks.length > 0);
}

/** Collapsed plain text of a node, without image alt text. */
export function plain(node: RootContent | Heading): string {
  return toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

function textBlocks(node: RootContent): string[] {
  switch (node.type) {
    case 'paragraph':
      return [plain(node)].filter(Boolean);
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(textBlocks));
    case 'blockquote':
      return node.children.flatMap(textBlocks);
    default:
      return [];
  }
}
