import { statSync } from 'node:fs';
import type { VFile } from 'vfile';

/**
 * A file in `public/` a rendered briefing depends on (a picture it was measured from), and what
 * the file was when it was measured: its size and modification time, or "missing".
 */
export interface ImageFileUse {
  path: string;
  signature: string;
}

export function fileSignature(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

/** Records that the briefing being rendered was measured from `path` (kept with its render). */
export function recordImageFile(file: VFile, path: string): void {
  const astro = (file.data.astro ??= {});
  const frontmatter = (astro.frontmatter ??= {});
  const uses = imageFilesOf(frontmatter);
  if (!uses.some((use) => use.path === path)) frontmatter.imageFiles = [...uses, { path, signature: fileSignature(path) }];
}

export function imageFilesOf(frontmatter: Record<string, unknown>): ImageFileUse[] {
  return Array.isArray(frontmatter.imageFiles) ? (frontmatter.imageFiles as ImageFileUse[]) : [];
}

/**
 * Whether a cached render is stale because a picture it was measured from has been replaced,
 * resized, added or deleted since: only the briefings that use that picture render again.
 */
export function imageFilesChanged(uses: readonly ImageFileUse[] | undefined): boolean {
  return (uses ?? []).some((use) => fileSignature(use.path) !== use.signature);
}
