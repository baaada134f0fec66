import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../src/lib/briefings/content-folder.ts';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';

// tests/fixtures/bad-briefings: one file per mistake an editor can make.
const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = 'tests/fixtures/bad-briefings/2025/10';
const folder = readContentFolder(resolve(ROOT, 'tests/fixtures/bad-briefings'), { cwd: ROOT, now: new Date('2025-10-05T12:00:00Z') });
const messages = folder.problems.map(formatProblem);

/** Every message about one file. */
const about = (name: string) => messages.filter((message) => message.startsWith(`${DIR}/${name}:`));

describe('a folder of bad briefings: every problem of every file, in one pass', () => {
  const cases: Array<[file: string, message: RegExp]> = [
    ['invalid-yaml.md', /^\S+invalid-yaml\.md:2: the front matter is not valid YAML \(.+\): .*must be put in double quotes$/],
    ['missing-title.md', /^\S+missing-title\.md: `title` is required: add a line such as `title: .+` to the front matter$/],
    ['missing-date.md', /^\S+missing-date\.md: `date` is required: add a line such as `date: 2025-09-03`/],
    ['unparseable-date.md', /^\S+unparseable-date\.md:3: `date` "October 1st" is not a date the site can read: write it as YYYY-MM-DD/],
    ['impossible-date.md', /^\S+impossible-date\.md:3: `date` "2025-02-30" is not a date that exists \(check the day and month\)/],
    ['image-without-alt.md', /^\S+image-without-alt\.md:4: `image\.alt` is required when the image has a `src`: describe what the picture shows/],
    ['unknown-field.md', /^\S+unknown-field\.md:2: unknown field `tittle` \(did you mean `title`\?\)/],
    ['same-address.md', /^\S+same-address\.md: has the same address as \S+\/Same Address\.md \(\/briefings\/2025\/10\/same-address\/\): .*rename one/],
    ['empty-body.md', /^\S+empty-body\.md:5: has no text: write the briefing below the closing `---` line/],
    ['not-utf8.md', /^\S+not-utf8\.md:6: is not UTF-8 text: save the file with UTF-8 encoding/],
    ['far-future-date.md', /^\S+far-future-date\.md:3: warning: `date` is \d+ days in the future: .*check the year/],
  ];
  for (const [file, message] of cases) {
    it(`${file}: one message, naming the file, the line where known and how to fix it`, () => {
      expect(about(file)).toEqual([expect.stringMatching(message)]);
    });
  }

  it('keeps only the briefings that can be published (a far-future date is a warning, not an error)', () => {
    expect(folder.briefings.map((briefing) => briefing.file).sort()).toEqual([`${DIR}/Same Address.md`, `${DIR}/far-future-date.md`, `${DIR}/unreadable-qa-block.md`]);
    expect(folder.problems.filter((problem) => problem.severity === 'warning')).toHaveLength(1);
  });

  it('an unquoted impossible date is not quietly moved to another day', () => {
    expect(folder.briefings.some((briefing) => briefing.data.date.toISOString().startsWith('2025-03-02'))).toBe(false);
  });
});
