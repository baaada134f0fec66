import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isoDay } from '../../../src/lib/briefings/dates.ts';
import { newBriefing } from '../../../src/lib/briefings/new-briefing.ts';
import { checkBriefing } from '../../../src/lib/briefings/validate.ts';
import { newBriefingCommand } from '../../../scripts/new.ts';
import { runCommand } from '../../support/run-command.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let folder = '';
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = '';
});

describe('newBriefing', () => {
  it('puts the file under its year and month, named from the headline, as a draft that passes the schema', () => {
    const { path, content } = newBriefing('  US and Mexico Form a "Security" Group ', '2025-09-03');
    expect(path).toBe('2025/09/us-and-mexico-form-a-security-group.md');
    const checked = checkBriefing(path, content);
    expect(checked.ok && checked.data).toMatchObject({ title: 'US and Mexico Form a "Security" Group', draft: true, topics: [] });
    expect(checked.ok && checked.data.date.toISOString()).toBe('2025-09-03T00:00:00.000Z');
  });

  it('refuses a headline with nothing to name the file after', () => {
    expect(() => newBriefing('?!', '2025-09-03')).toThrow(/no letters or digits/);
  });
});

describe('npm run new', () => {
  const run = (...args: string[]) => {
    folder ||= mkdtempSync(join(tmpdir(), 'briefings-'));
    return runCommand(newBriefingCommand(folder), ...args);
  };

  it('creates today’s briefing once and refuses to overwrite it', async () => {
    const today = isoDay(new Date(), 'UTC');
    const first = await run('Border Talks Resume');
    expect(first.status).toBe(0);
    const file = join(folder, today.slice(0, 4), today.slice(5, 7), 'border-talks-resume.md');
    expect(readFileSync(file, 'utf8')).toContain('title: "Border Talks Resume"');
    const second = await run('Border Talks Resume');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/border-talks-resume\.md already exists/);
  });

  it('writes a 500-character headline under a name of at most 80 characters, and refuses one of hyphens', async () => {
    const today = isoDay(new Date(), 'UTC');
    const headline = `${'Council '.repeat(62)}votes`.slice(0, 500);
    const long = await run(headline);
    expect(long.stderr).toBe('');
    expect(long.status).toBe(0);
    const name = `${Array.from({ length: 10 }, () => 'council').join('-')}.md`;
    expect(readFileSync(join(folder, today.slice(0, 4), today.slice(5, 7), name), 'utf8')).toContain(`title: "${headline.trim()}"`);
    const hyphens = await run('---');
    expect(hyphens.status).toBe(1);
    expect(hyphens.stderr).toMatch(/^The headline has no letters or digits to make a file name from: .*npm run new -- "Talks resume"/);
  });

  it('runs as a program: with no headline it says how to use it and exits with 2, writing nothing', () => {
    folder ||= mkdtempSync(join(tmpdir(), 'briefings-'));
    const program = spawnSync(process.execPath, ['scripts/new.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BRIEFINGS_DIR: folder } });
    expect(program.status).toBe(2);
    expect(program.stderr).toMatch(/^Usage: npm run new -- "Headline of the briefing"$/m);
    expect(readdirSync(folder)).toEqual([]);
  });
});
