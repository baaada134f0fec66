import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpusFolder } from '../corpus/corpus-folder.ts';
import { addSentenceToLead } from '../runner/warm-edit.ts';

let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('writeCorpusFolder', () => {
  it('writes one Markdown file per briefing under YYYY/MM/', () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    const briefings = writeCorpusFolder({ dir: join(folder, 'briefings'), count: 12, seed: 's' });
    const files = readdirSync(join(folder, 'briefings'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'));
    expect(files.sort()).toEqual(briefings.map((briefing) => briefing.path).sort());
    expect(files.every((file) => /^\d{4}\/\d{2}\/[a-z0-9-]+\.md$/.test(file))).toBe(true);
    expect(readFileSync(join(folder, 'briefings', briefings[0]?.path ?? ''), 'utf8')).toBe(briefings[0]?.content);
  });

  it('refuses the project’s content folder and anything inside it', () => {
    const content = resolve(import.meta.dirname, '../../content');
    expect(() => writeCorpusFolder({ dir: content, count: 1, seed: 's', replace: true })).toThrow(/content folder/);
    expect(() => writeCorpusFolder({ dir: join(content, 'briefings/bench'), count: 1, seed: 's' })).toThrow(/content folder/);
  });

  it('refuses a folder that already holds files unless asked to replace them', () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    writeFileSync(join(folder, 'keep.txt'), 'mine');
    expect(() => writeCorpusFolder({ dir: folder, count: 1, seed: 's' })).toThrow(/is not empty.*--replace/);
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('mine');
    writeCorpusFolder({ dir: folder, count: 1, seed: 's', replace: true });
    expect(readdirSync(folder)).not.toContain('keep.txt');
  });
});

describe('addSentenceToLead', () => {
  it('adds the sentence to the end of the lead paragraph and can put the file back', () => {
    folder = mkdtempSync(join(tmpdir(), 'bench-edit-'));
    const file = join(folder, 'b.md');
    const original = '---\ntitle: "T"\ndate: 2020-01-01\n---\n\nThe lead ends here.\n\n## Section\n\nBody text.\n';
    writeFileSync(file, original);
    const restore = addSentenceToLead(file, 'A new sentence.');
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: "T"\ndate: 2020-01-01\n---\n\nThe lead ends here. A new sentence.\n\n## Section\n\nBody text.\n');
    restore();
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
