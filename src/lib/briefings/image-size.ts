import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { implausibleSize } from './image-limits.ts';
import { publicPath } from './image-path.ts';

export interface ImageSize {
  width: number;
  height: number;
}

/** A site path such as `/images/x.jpg` (served from `public/`), as opposed to a full URL. */
export function isSiteImage(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

/**
 * The pixel size of an image, so pages can reserve its space before it loads: read from the
 * file in `public/` for a site image; a full URL is not fetched (builds work offline), so its
 * size must be given. Returns a sentence saying what to do when the size cannot be known.
 */
export async function imageSize(
  src: string,
  publicDir: string,
  given: { width?: number | undefined; height?: number | undefined } = {},
): Promise<ImageSize | { problem: string; implausible?: true }> {
  if (given.width && given.height) return checked({ width: given.width, height: given.height }, src);
  if (!isSiteImage(src)) {
    return {
      problem: `is an image from another site, so its size must be given: add \`width:\` and \`height:\` (in pixels) under \`image:\`, or copy the picture into public/ and write its path, e.g. \`/images/photo.jpg\``,
    };
  }
  const file = publicFile(src, publicDir);
  if (!file) return { problem: `"${src}" leads outside public/: put the picture in public/images/ and write its path, e.g. /images/photo.jpg` };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { problem: `"${src}" is not in public/: put the picture at public${src}, or correct the path` };
  }
  try {
    const { width, height } = await imageMetadata(bytes, src);
    return checked({ width, height }, src);
  } catch {
    return { problem: `"${src}" is not a picture the site can read (use JPEG, PNG, WebP, AVIF, GIF or SVG)` };
  }
}

function checked(size: ImageSize, src: string): ImageSize | { problem: string; implausible: true } {
  const problem = implausibleSize(size);
  return problem ? { problem: `"${src}" ${problem}`, implausible: true } : size;
}

/**
 * The file in `publicDir` a site path names (percent-escapes decoded), or undefined when the
 * path leads outside the folder: nothing outside `public/` is ever read or published.
 */
export function publicFile(src: string, publicDir: string): string | undefined {
  const path = publicPath(src);
  if (path === undefined) return undefined;
  const root = resolve(publicDir);
  const file = resolve(join(root, path));
  const inside = relative(root, file);
  return inside === '' || inside.startsWith(`..${sep}`) || inside === '..' ? undefined : file;
}
