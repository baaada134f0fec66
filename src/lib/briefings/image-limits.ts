export interface PixelSize {
  width: number;
  height: number;
}

/** Above this many pixels on a side, or in all, a size is taken for a damaged or forged file. */
export const MAX_IMAGE_SIDE = 10_000;
const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * Why a picture's size cannot be believed (a header claiming 100000×100000 pixels), or undefined
 * when it is a size a page can show. Such sizes are never published: the page would reserve a
 * space far larger than any screen.
 */
export function implausibleSize({ width, height }: PixelSize): string | undefined {
  if (width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS) return undefined;
  return `claims to be ${width}×${height} pixels, more than a picture on a page can be (at most ${MAX_IMAGE_SIDE} pixels on a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels), so its size is left out: check the file, and save it again at the size readers need (e.g. 2000 pixels wide)`;
}
