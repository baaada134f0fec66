import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Source folders and files whose code decides what a rendered briefing contains. */
const RENDERING_SOURCES = ['src/markdown', 'src/lib', 'src/site.config.ts'];

/**
 * A hash of the code that renders briefings, part of every render cache key (render-all.ts): a
 * change to our own plugins, or to data they read such as the entity aliases (`extraFiles`),
 * re-renders every briefing, while an unchanged build reuses every rendered result.
 */
export function renderDigest(root: string, extraFiles: string[] = []): string {
  const hash = createHash('sha1');
  for (const file of [...RENDERING_SOURCES.flatMap((source) => filesUnder(join(root, source))).sort(), ...extraFiles.flatMap((extra) => filesUnder(extra))]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}
