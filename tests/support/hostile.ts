import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type BriefingProblem, formatProblem } from '../../src/lib/briefings/problems.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * tests/fixtures/hostile: every bad or hostile input an editor (or a pasted document) can give
 * the build. `refused/` is a folder whose build must stop; `published/` is one that must build,
 * with warnings. Each `<name>.md` has a `<name>.md.expect` beside it: `#` lines say what the case
 * is, every other line is a regular expression for one message about the file (its path left
 * off), in the order the checker gives them. No expression means no message at all.
 */
export const HOSTILE = 'tests/fixtures/hostile';

export interface HostileCase {
  /** Path relative to the project, as messages name it. */
  file: string;
  description: string;
  expected: RegExp[];
}

export function hostileCases(folder: 'refused' | 'published'): HostileCase[] {
  const root = join(ROOT, HOSTILE, folder);
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((path) => /\.(md|markdown)$/i.test(path))
    .sort()
    .map((path) => {
      const file = relative(ROOT, join(root, path)).split('\\').join('/');
      let expectation = '';
      try {
        expectation = readFileSync(join(root, `${path}.expect`), 'utf8');
      } catch {
        throw new Error(`${file} has no ${file}.expect beside it: say what the case is and which messages it must give`);
      }
      const lines = expectation.split('\n').filter((line) => line.trim() !== '');
      return {
        file,
        description: lines
          .filter((line) => line.startsWith('#'))
          .map((line) => line.replace(/^#\s*/, ''))
          .join(' '),
        expected: lines.filter((line) => !line.startsWith('#')).map((line) => new RegExp(line)),
      };
    });
}

/** Every message about `file`, as printed, with the file's path left off (":3: `date` …"). */
export function messagesAbout(problems: readonly BriefingProblem[], file: string): string[] {
  return problems.filter((problem) => problem.file === file).map((problem) => formatProblem(problem).slice(file.length));
}
