import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { imageSize } from '../lib/briefings/image-size.ts';
import { reportRenderProblem } from './render-problems.ts';

/**
 * Gives every picture in a briefing's body its width and height, so the page keeps its place
 * while pictures load: measured from the file in `public/` for site images. A picture from
 * another site keeps whatever size its HTML gave; without one the editor is warned. A picture
 * without alt text is reported too: readers who cannot see it would get nothing.
 */
export default function rehypeImageSize(options: { publicDir?: string | undefined }) {
  return async (tree: Root, file: VFile) => {
    const images: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') images.push(node);
    });
    for (const image of images) {
      const src = String(image.properties.src ?? '');
      const line = image.position?.start.line;
      if (!String(image.properties.alt ?? '').trim()) {
        reportRenderProblem(file, { line, severity: 'warning', message: `the picture ${src} has no alt text: write what it shows, e.g. ![Flooded streets in Valencia](${src})` });
      }
      const width = Number(image.properties.width) || undefined;
      const height = Number(image.properties.height) || undefined;
      if (!options.publicDir || (width && height)) continue;
      const size = await imageSize(src, options.publicDir, { width, height });
      if ('problem' in size) {
        reportRenderProblem(file, { line, severity: 'warning', message: `the picture ${size.problem.replace(/under `image:`/, 'on an <img> tag')}; without a size the page jumps as it loads` });
        continue;
      }
      image.properties.width = size.width;
      image.properties.height = size.height;
    }
  };
}
