import { statSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { ImageFileUse } from './render-data.ts';

function fileSignature(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
}

/** Records that the briefing being rendered was measured from `path` (kept with its render). */
export function recordImageFile(file: VFile, path: string): void {
  const uses = file.data.imageFiles ?? [];
  if (!uses.some((use) => use.path === path)) file.data.imageFiles = [...uses, { path, signature: fileSignature(path) }];
}

/**
 * Whether a cached render is stale because a picture it was measured from has been replaced,
 * resized, added or deleted since: only the briefings that use that picture render again.
 */
export function imageFilesChanged(uses: readonly ImageFileUse[] | undefined): boolean {
  return (uses ?? []).some((use) => fileSignature(use.path) !== use.signature);
}
