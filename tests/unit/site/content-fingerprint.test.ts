import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../src/site/content-fingerprint.ts';

let dir: string;
let folder: string;
let aliases: string;
const fingerprint = () => contentFingerprint(folder, [aliases]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  folder = join(dir, 'briefings');
  aliases = join(dir, 'entities.yaml');
  mkdirSync(join(folder, '2025/11'), { recursive: true });
  writeFileSync(join(folder, '2025/11/a.md'), 'one');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('contentFingerprint', () => {
  it('stays the same while nothing changes', () => {
    expect(fingerprint()).toBe(fingerprint());
  });

  it('changes when a briefing is saved, even with the same size', () => {
    const before = fingerprint();
    writeFileSync(join(folder, '2025/11/a.md'), 'two');
    utimesSync(join(folder, '2025/11/a.md'), new Date(), new Date(Date.now() + 5000));
    expect(fingerprint()).not.toBe(before);
  });

  it('changes when a briefing is added, renamed or deleted', () => {
    const first = fingerprint();
    writeFileSync(join(folder, '2025/11/b.md'), 'new');
    const added = fingerprint();
    renameSync(join(folder, '2025/11/b.md'), join(folder, '2025/11/c.md'));
    const renamed = fingerprint();
    rmSync(join(folder, '2025/11/c.md'));
    expect(new Set([first, added, renamed]).size).toBe(3);
    expect(fingerprint()).toBe(first);
  });

  it('changes when the entity aliases appear or change', () => {
    const before = fingerprint();
    writeFileSync(aliases, 'people: {}\n');
    expect(fingerprint()).not.toBe(before);
  });

  it('ignores files that are not briefings', () => {
    const before = fingerprint();
    writeFileSync(join(folder, '2025/11/notes.txt'), 'scratch');
    writeFileSync(join(folder, '2025/11/.a.md.swp'), 'editor swap file');
    expect(fingerprint()).toBe(before);
  });

  it('gives a value for a folder that does not exist, for the load to report', () => {
    rmSync(folder, { recursive: true });
    expect(typeof fingerprint()).toBe('string');
  });
});
