import type { Element, Parents, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { implausibleSize } from '../lib/briefings/image-limits.ts';
import { imagePathProblem } from '../lib/briefings/image-path.ts';
import { imageSize, isSiteImage, publicFile } from '../lib/briefings/image-size.ts';
import { recordImageFile } from './image-files.ts';
import { reportProblem } from './render-data.ts';

/**
 * Gives every picture in a briefing's body its width and height, so the page keeps its place
 * while pictures load: measured from the file in `public/` for site images. A picture from
 * another site keeps whatever size its HTML gave; without one the editor is warned. A picture
 * without alt text is reported too: readers who cannot see it would get nothing.
 *
 * A picture whose address is not a site path inside `public/` or an https: address (a relative
 * path, `..` out of `public/`, another scheme) is an error and is taken out of the page. Astro's
 * own image pipeline never sees a briefing's pictures: every picture is published as written.
 */
export default function rehypeImageSize(options: { publicDir?: string | undefined }) {
  return async (tree: Root, file: VFile) => {
    const images: Array<{ image: Element; parent: Parents | undefined }> = [];
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'img') images.push({ image: node, parent });
    });
    for (const { image, parent } of images) {
      // An address the safe-HTML step removed (javascript:, data:) was reported there.
      if (image.properties.src === undefined) continue;
      const src = String(image.properties.src);
      const line = image.position?.start.line;
      const pathProblem = imagePathProblem(src);
      if (pathProblem) {
        reportProblem(file, { line, severity: 'error', message: pathProblem });
        if (parent) parent.children.splice(parent.children.indexOf(image), 1);
        continue;
      }
      if (!String(image.properties.alt ?? '').trim()) {
        reportProblem(file, {
          line,
          severity: 'warning',
          message: `the picture ${src} has no alt text: write what it shows, e.g. ![Flooded streets in Valencia](${src})`,
        });
      }
      const width = Number(image.properties.width) || undefined;
      const height = Number(image.properties.height) || undefined;
      if (width && height && implausibleSize({ width, height })) {
        reportProblem(file, { line, severity: 'warning', message: `the picture "${src}" ${implausibleSize({ width, height })}` });
        delete image.properties.width;
        delete image.properties.height;
        continue;
      }
      if (!options.publicDir || (width && height)) continue;
      const measured = isSiteImage(src) ? publicFile(src, options.publicDir) : undefined;
      if (measured) recordImageFile(file, measured);
      const size = await imageSize(src, options.publicDir, { width, height });
      if ('problem' in size) {
        const why = size.implausible ? '' : '; without a size the page jumps as it loads';
        reportProblem(file, { line, severity: 'warning', message: `the picture ${size.problem.replace(/under `image:`/, 'on an <img> tag')}${why}` });
        continue;
      }
      image.properties.width = size.width;
      image.properties.height = size.height;
    }
  };
}
