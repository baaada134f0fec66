import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { BODY_ID_PREFIX, LAYOUT_IDS } from '../lib/page-ids.ts';

/**
 * Keeps a briefing's ids apart from the page's own, after rehype-slug: a heading id equal to an
 * id of the layout ("## Main" gives `main`) is given the body prefix, as every id written in the
 * body's HTML already is (rehype-safe-html.ts). Links within the body (`[see](#main)`,
 * `<a href="#chart">`) follow their target to its prefixed id, so editors' anchors keep working.
 * Other heading ids are left as rehype-slug made them, for the contents and deep links; an id
 * repeated within the body is made unique.
 */
export default function rehypeBodyIds() {
  return (tree: Root) => {
    const elements: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (LAYOUT_IDS.includes(id)) node.properties.id = `${BODY_ID_PREFIX}${id}`;
      elements.push(node);
    });
    // An id used twice (`<div id="main">` and "## Main", or the same id written twice): the
    // second and later get -1, -2…, as rehype-slug does for headings, so no id is ever repeated.
    const taken = new Set(elements.map((node) => String(node.properties.id)));
    const ids = new Set<string>();
    for (const node of elements) {
      const id = String(node.properties.id);
      if (!ids.has(id)) {
        ids.add(id);
        continue;
      }
      let n = 1;
      while (taken.has(`${id}-${n}`) || ids.has(`${id}-${n}`)) n += 1;
      node.properties.id = `${id}-${n}`;
      ids.add(`${id}-${n}`);
    }
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
