import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

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
export async function imageSize(src: string, publicDir: string, given: { width?: number | undefined; height?: number | undefined } = {}): Promise<ImageSize | { problem: string }> {
  if (given.width && given.height) return { width: given.width, height: given.height };
  if (!isSiteImage(src)) {
    return { problem: `is an image from another site, so its size must be given: add \`width:\` and \`height:\` (in pixels) under \`image:\`, or copy the picture into public/ and write its path, e.g. \`/images/photo.jpg\`` };
  }
  const file = join(publicDir, decodeURI(src.split(/[?#]/)[0] ?? src));
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { problem: `"${src}" is not in public/: put the picture at public${src}, or correct the path` };
  }
  try {
    const { width, height } = await imageMetadata(bytes, src);
    return { width, height };
  } catch {
    return { problem: `"${src}" is not a picture the site can read (use JPEG, PNG, WebP, AVIF, GIF or SVG)` };
  }
}
