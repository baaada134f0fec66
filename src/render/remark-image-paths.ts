import type { Image, ImageReference, Parents, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { imagePathProblem } from '../lib/briefings/image-path.ts';
import { reportProblem } from './render-data.ts';

/**
 * Checks the address of every Markdown picture (`![…](…)` and `![…][ref]`) before anything
 * else reads it: a relative path, `..` out of `public/`, a broken percent-escape or a scheme
 * other than https: is an error on the picture's line, and the picture is left out of the page.
 * Pictures written as HTML are checked by rehype-image-size.ts.
 */
export default function remarkImagePaths() {
  return (tree: Root, file: VFile) => {
    const urls = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
    });
    const refused: Array<{ node: Image | ImageReference; parent: Parents }> = [];
    visit(tree, (node, _index, parent) => {
      if ((node.type !== 'image' && node.type !== 'imageReference') || !parent) return;
      const url = node.type === 'image' ? node.url : urls.get(node.identifier);
      if (url === undefined) return;
      const problem = imagePathProblem(url);
      if (!problem) return;
      reportProblem(file, { line: node.position?.start.line, severity: 'error', message: problem });
      refused.push({ node, parent });
    });
    for (const { node, parent } of refused) parent.children.splice(parent.children.indexOf(node as never), 1);
  };
}
