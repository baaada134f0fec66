import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString as hastText } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { BODY_ID_PREFIX, isPageId } from '../lib/page-ids.ts';
import { reportProblem } from './render-data.ts';

/** The id of a heading whose title has no letters or digits to make one from (`## !!!`, `## 😀`). */
const UNTITLED_SECTION_ID = 'section';

/**
 * Keeps a briefing's ids apart from the page's own, after rehype-slug: a heading id equal to an
 * id of the layout ("## Main" gives `main`) or starting like a Key Questions heading's ("## Q: Why?"
 * gives `q-why`) is given the body prefix, as every id written in the body's HTML already is
 * (rehype-safe-html.ts). A heading whose title has no letters or digits gets `section`, and one
 * with no text at all is removed, with a warning. Links within the body (`[see](#main)`,
 * `<a href="#chart">`) follow their target to its prefixed id, so editors' anchors keep working.
 * Other heading ids are left as rehype-slug made them, for the contents and deep links; an id
 * repeated within the body is made unique.
 */
export default function rehypeBodyIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (headingRank(node) === undefined || hastText(node).trim() !== '' || index === undefined || !parent) return undefined;
      reportProblem(file, {
        line: node.position?.start.line,
        severity: 'warning',
        message: 'removed a heading with no text: write its title after the `#` marks, or delete the line',
      });
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    const elements: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      // rehype-slug gives a title with no letters or digits "", then "-1", "-2"…
      if (headingRank(node) !== undefined && /^(?:-\d+)?$/.test(id)) node.properties.id = UNTITLED_SECTION_ID;
      else if (isPageId(id)) node.properties.id = `${BODY_ID_PREFIX}${id}`;
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
