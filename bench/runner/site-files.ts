import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Relative paths of every file under a folder (empty when it does not exist). */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}

/** Total size in bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return { bytes: files.reduce((total, file) => total + statSync(join(dir, file)).size, 0), files: files.length };
}

/** HTML pages in a built site, and the pages in folders below `pagePrefix` (e.g. "briefings/", not its own index). */
export function countPages(dir: string, pagePrefix: string): { htmlPages: number; prefixed: number } {
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  return {
    htmlPages: pages.length,
    prefixed: pages.filter((file) => file.startsWith(pagePrefix) && file.slice(pagePrefix.length).endsWith('/index.html')).length,
  };
}

/** A hash of the names, sizes and modification times of the files under some folders or files: changes when any of them does. */
export function filesFingerprint(paths: readonly string[]): string {
  const hash = createHash('sha1');
  for (const path of paths) {
    const files = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? listFiles(path).map((file) => join(path, file)) : [path];
    for (const file of files.sort()) {
      const stat = statSync(file, { throwIfNoEntry: false });
      hash.update(`${file}\0${stat?.size ?? -1}\0${stat?.mtimeMs ?? -1}\n`);
    }
  }
  return hash.digest('hex');
}
