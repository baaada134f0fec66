import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countPages, filesFingerprint, folderSize } from '../runner/site-files.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'bench-files-'));
  for (const [path, text] of [
    ['index.html', '<p>home</p>'],
    ['briefings/2020/01/a/index.html', 'aaaa'],
    ['briefings/2020/01/b/index.html', 'bb'],
    ['briefings/index.html', 'list'],
    ['pagefind/x.pf_index', '123'],
  ] as const) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('site files', () => {
  it('adds up the size and number of files in a folder, and nothing for a missing one', () => {
    expect(folderSize(join(folder, 'briefings'))).toEqual({ bytes: 4 + 2 + 4, files: 3 });
    expect(folderSize(join(folder, 'missing'))).toEqual({ bytes: 0, files: 0 });
  });

  it('counts HTML pages, and the pages in folders below a prefix (not the prefix’s own index)', () => {
    expect(countPages(folder, 'briefings/')).toEqual({ htmlPages: 4, prefixed: 2 });
    expect(countPages(folder, '')).toEqual({ htmlPages: 4, prefixed: 3 });
  });

  it('fingerprints files so that any change to one of them changes the fingerprint', () => {
    const paths = [join(folder, 'briefings'), join(folder, 'index.html')];
    const before = filesFingerprint(paths);
    expect(filesFingerprint(paths)).toBe(before);
    utimesSync(join(folder, 'briefings/2020/01/a/index.html'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const touched = filesFingerprint(paths);
    expect(touched).not.toBe(before);
    writeFileSync(join(folder, 'briefings/new.html'), 'x');
    expect(filesFingerprint(paths)).not.toBe(touched);
  });
});
