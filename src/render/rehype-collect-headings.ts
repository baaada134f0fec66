import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { RenderedHeading } from './render-data.ts';

/**
 * Lists the body's headings, with the ids rehype-slug gave them, as `file.data.headings`: the
 * page's table of contents and its section links are made from this list.
 */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: RenderedHeading[] = [];
    visit(tree, 'element', (node) => {
      const depth = headingRank(node);
      if (depth === undefined) return;
      headings.push({ depth, id: String(node.properties.id ?? ''), text: toString(node) });
    });
    file.data.headings = headings;
  };
}
