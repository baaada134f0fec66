import { statSync } from 'node:fs';
import { briefingFiles } from '../lib/briefings/content-folder.ts';

/**
 * What changes when an editor saves, adds, renames or deletes a briefing or the entity aliases:
 * each file's path, size and modification time. Cheap enough to take on every request in
 * `astro dev`, where it tells whether what the site derived from the content is still current.
 */
export function contentFingerprint(briefingsFolder: string, otherFiles: readonly string[]): string {
  const stamp = (path: string) => {
    try {
      const { size, mtimeMs } = statSync(path);
      return `${path}\0${size}\0${mtimeMs}`;
    } catch {
      return `${path}\0missing`;
    }
  };
  let files: string[] = [];
  try {
    files = briefingFiles(briefingsFolder).files;
  } catch {
    // A folder that cannot be read is reported by the load itself.
  }
  return [...files, ...otherFiles].map(stamp).join('\n');
}
