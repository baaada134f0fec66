import type { Root, RootContent } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { SKIP, visit } from 'unist-util-visit';

/** Blocks whose text smartypants reads as one run: quotes pair up within them, never across. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Curly quotes, en and em dashes and ellipses (remark-smartypants, as Astro applies it), one
 * paragraph, heading or table cell at a time. Given the whole document at once, its sentence
 * parser works on one run of text as long as the briefing and slows down with the square of
 * the length (minutes for a few megabytes); block by block the work grows with the length.
 * The result is the same: smartypants separates blocks anyway. One addition: a triple hyphen
 * ("methods---DNS-01"), which smartypants leaves as it is, is an em dash, as many editors write it.
 */
export default function remarkSmartypantsByBlock() {
  // The plugin reads no processor settings, so it is called without one.
  const smarten = (remarkSmartypants as unknown as () => (tree: Root) => void)();
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!TEXT_BLOCKS.has(node.type)) return undefined;
      smarten({ type: 'root', children: [node as RootContent] });
      visit(node, 'text', (text) => {
        if (text.value.includes('---')) text.value = text.value.replaceAll('---', '—');
      });
      return SKIP;
    });
  };
}
