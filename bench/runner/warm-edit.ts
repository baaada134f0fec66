import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Edits a briefing the way an editor's small correction would: one sentence added to the end
 * of its lead paragraph. Returns a function that puts the original file back.
 */
export function addSentenceToLead(file: string, sentence: string): () => void {
  const original = readFileSync(file, 'utf8');
  const frontMatter = /^---\n[\s\S]*?\n---\n+/.exec(original);
  if (!frontMatter) throw new Error(`${file} has no front matter to edit after`);
  const leadEnd = original.indexOf('\n\n', frontMatter[0].length);
  const at = leadEnd === -1 ? original.trimEnd().length : leadEnd;
  writeFileSync(file, `${original.slice(0, at)} ${sentence}${original.slice(at)}`);
  return () => writeFileSync(file, original);
}

/**
 * Adds a briefing the way an editor's next one would arrive: a new file with the front matter and
 * body of `like` and a title of its own. Returns a function that removes it.
 */
export function addBriefingLike(like: string, file: string, title: string): () => void {
  const original = readFileSync(like, 'utf8');
  if (!/^title: .*$/m.test(original)) throw new Error(`${like} has no title to replace`);
  writeFileSync(file, original.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`), { flag: 'wx' });
  return () => rmSync(file, { force: true });
}
