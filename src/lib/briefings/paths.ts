import transliterate from '@sindresorhus/transliterate';
import { slug } from 'github-slugger';

/** The longest file name `npm run new` makes from a headline, before `.md`. */
const MAX_NAME_LENGTH = 80;

const USABLE_SLUG = /^[a-z0-9_-]*$/;
const EXAMPLE_NAME = 'talks-resume.md';

/**
 * The address word of a name (a file or folder, a topic, a person, place or organisation), in
 * plain ASCII: letters with a Latin spelling are spelt so (`Café` -> `cafe`, `Привет мир` ->
 * `privet-mir`), spaces become hyphens, punctuation goes. Letters with no Latin spelling (`日本語`)
 * stay as they are, and nameProblem says so.
 */
export function nameSlug(name: string): string {
  return slug(transliterate(name.normalize('NFC')));
}

function segmentsOf(relativePath: string): string[] {
  return relativePath
    .replace(/\\/g, '/')
    .replace(/\.(md|markdown)$/i, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
}

/**
 * The id of a briefing from its file path relative to the briefings folder:
 * `2025/09/US Mexico Talks.md` -> `2025/09/us-mexico-talks`. Each folder and the file name are
 * slugged separately, so the URL mirrors where the editor put the file.
 */
export function briefingIdFromPath(relativePath: string): string {
  return segmentsOf(relativePath).map(nameSlug).join('/');
}

export type NameProblem = { kind: 'no-words' } | { kind: 'not-latin'; letters: string };

/**
 * Why a name cannot give an address, or undefined when it can: no letters or digits at all
 * (`!!!`, `---`), or letters with no Latin spelling (`日本語`), since addresses are plain ASCII.
 */
export function nameProblem(name: string): NameProblem | undefined {
  return slugProblem(nameSlug(name));
}

/** Why an address word made by nameSlug cannot be an address, or undefined when it can (see nameProblem). */
export function slugProblem(slugged: string): NameProblem | undefined {
  if (!USABLE_SLUG.test(slugged)) return { kind: 'not-latin', letters: [...slugged].filter((char) => !USABLE_SLUG.test(char)).join('') };
  if (!/[a-z0-9]/.test(slugged)) return { kind: 'no-words' };
  return undefined;
}

/**
 * What is wrong with a briefing's path (relative to the briefings folder) when a folder or the
 * file name cannot give an address, said with the fix; undefined when every part can.
 * `suggestion` is the file name to propose, e.g. one made from the title.
 */
export function unusableName(relativePath: string, suggestion = EXAMPLE_NAME): string | undefined {
  const segments = segmentsOf(relativePath);
  for (const [index, segment] of segments.entries()) {
    const problem = nameProblem(segment);
    if (!problem) continue;
    const isFile = index === segments.length - 1;
    const what = isFile ? 'file' : 'folder';
    const example = isFile ? suggestion : 'special-reports';
    return problem.kind === 'no-words'
      ? `the ${what} name \`${segment}\` has no letters or digits to make its address from: rename the ${what} to words, e.g. \`${example}\``
      : `the ${what} name \`${segment}\` has letters with no Latin spelling (${problem.letters}), and addresses are written in Latin letters: rename the ${what} in Latin letters, e.g. \`${example}\``;
  }
  return undefined;
}

/**
 * A file name (without `.md`) made from a headline or title, in the form the build accepts:
 * words with no Latin spelling left out, cut at a word boundary to at most `MAX_NAME_LENGTH`
 * characters; undefined when no Latin letters or digits are left to make one from.
 */
export function fileNameFor(text: string): string | undefined {
  const name = nameSlug(text)
    .split('-')
    .map((word) => [...word].filter((char) => USABLE_SLUG.test(char)).join(''))
    .filter((word) => word !== '')
    .join('-');
  if (!/[a-z0-9]/.test(name)) return undefined;
  if (name.length <= MAX_NAME_LENGTH) return name;
  const cut = name.slice(0, MAX_NAME_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_NAME_LENGTH)).replace(/-$/, '');
}

/**
 * The folder a briefing of calendar day `day` belongs in ("2025/09/"), when the file at
 * `relativePath` (relative to the briefings folder) is not in it; undefined when it is.
 */
export function expectedFolder(relativePath: string, day: string): string | undefined {
  const folder = relativePath.replace(/\\/g, '/').split('/').slice(0, -1).join('/');
  const expected = `${day.slice(0, 4)}/${day.slice(5, 7)}`;
  return folder === expected ? undefined : `${expected}/`;
}
