import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { BODY_ID_PREFIX, LAYOUT_IDS } from '../lib/page-ids.ts';

/**
 * Keeps a briefing's ids apart from the page's own, after rehype-slug: a heading id equal to an
 * id of the layout ("## Main" gives `main`) is given the body prefix, as every id written in the
 * body's HTML already is (rehype-safe-html.ts). Links within the body (`[see](#main)`,
 * `<a href="#chart">`) follow their target to its prefixed id, so editors' anchors keep working.
 * Other heading ids are left as rehype-slug made them, for the contents and deep links.
 */
export default function rehypeBodyIds() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (LAYOUT_IDS.includes(id)) node.properties.id = `${BODY_ID_PREFIX}${id}`;
      ids.add(String(node.properties.id));
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        return;
      }
      if (!ids.has(target) && ids.has(`${BODY_ID_PREFIX}${target}`)) node.properties.href = `#${BODY_ID_PREFIX}${target}`;
    });
  };
}
