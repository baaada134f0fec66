import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { readBrownPress } from './brown.ts';
import { type GeneratedBriefing, generateCorpus, prepareSource } from './briefing-generator.ts';

/** The project's own briefings, which a benchmark corpus must never touch. */
const CONTENT_DIR = resolve(import.meta.dirname, '../../content');

/**
 * Generates `count` briefings from the Brown press texts and writes them under `dir`
 * (`YYYY/MM/<slug>.md`). Refuses `content/` and a folder that already holds files, unless
 * `replace` is set, in which case the folder is emptied first.
 */
export function writeCorpusFolder(options: { dir: string; count: number; seed: string; replace?: boolean }): GeneratedBriefing[] {
  const dir = resolve(options.dir);
  if (isInside(dir, CONTENT_DIR) || isInside(CONTENT_DIR, dir)) {
    throw new Error(`${options.dir} is or contains the project's content folder: write the corpus somewhere else, e.g. bench-output/corpus`);
  }
  if (!isEmptyOrMissing(dir)) {
    if (!options.replace) throw new Error(`${options.dir} is not empty: choose an empty or new folder, or pass --replace to empty it first`);
    rmSync(dir, { recursive: true, force: true });
  }
  const briefings = generateCorpus(prepareSource(readBrownPress()), { count: options.count, seed: options.seed });
  for (const briefing of briefings) {
    const file = join(dir, briefing.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, briefing.content);
  }
  mkdirSync(dir, { recursive: true });
  return briefings;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}

function isEmptyOrMissing(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return true;
  }
}
