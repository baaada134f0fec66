import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../src/lib/briefings/content-folder.ts';
import { newestFirst } from '../../../src/lib/briefings/listing.ts';
import { newBriefing } from '../../../src/lib/briefings/new-briefing.ts';
import { briefingIdFromPath, unusableName } from '../../../src/lib/briefings/paths.ts';
import { checkBriefing } from '../../../src/lib/briefings/validate.ts';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { ROOT } from '../../support/hostile.ts';

const briefing = (frontMatter: string) => `---\ntitle: Night buses keep running\n${frontMatter}\n---\n\nThe assembly voted late on Tuesday.\n`;

describe("a briefing's day is the calendar day written in its own offset", () => {
  it('keeps 2025-09-30T23:30-06:00 on September 30 although UTC is already October 1', () => {
    const checked = checkBriefing('a.md', briefing('date: 2025-09-30T23:30-06:00'));
    expect(checked.ok && checked.day).toBe('2025-09-30');
    // The instant itself stays exact, for feeds and structured data.
    expect(checked.ok && checked.data.date.toISOString()).toBe('2025-10-01T05:30:00.000Z');
    // Structured data says the same moment in the offset written, so its day is the byline's.
    expect(checked.ok && checked.published).toBe('2025-09-30T23:30:00-06:00');
  });

  it('keeps a date-only value and a UTC time on their day, as before', () => {
    const dateOnly = checkBriefing('a.md', briefing('date: 2025-09-30'));
    const utc = checkBriefing('a.md', briefing('date: 2025-09-30T23:30:00Z'));
    expect(dateOnly.ok && dateOnly.day).toBe('2025-09-30');
    expect(utc.ok && utc.day).toBe('2025-09-30');
  });

  it('gives `updated` its written day too', () => {
    const checked = checkBriefing('a.md', briefing('date: 2025-09-29\nupdated: 2025-09-30T22:00-05:00'));
    expect(checked.ok && checked.updatedDay).toBe('2025-09-30');
  });

  it('lists a briefing under its own day: an October 1 briefing comes before a September 30 one that is later in UTC', () => {
    const october = { id: 'b', day: '2025-10-01', date: new Date('2025-10-01T00:00:00Z') };
    const september = { id: 'a', day: '2025-09-30', date: new Date('2025-10-01T05:30:00Z') };
    expect([september, october].sort(newestFirst).map((item) => item.id)).toEqual(['b', 'a']);
  });
});

describe('file names become ASCII addresses, or are refused with the fix', () => {
  it('spells accented and Cyrillic names in plain letters', () => {
    expect(briefingIdFromPath('2025/09/Café.md')).toBe('2025/09/cafe');
    expect(briefingIdFromPath('Special Reports/Año Nuevo.md')).toBe('special-reports/ano-nuevo');
    expect(briefingIdFromPath('2025/09/Привет мир.md')).toBe('2025/09/privet-mir');
    expect(unusableName('2025/09/Café.md')).toBeUndefined();
  });

  it('refuses a name with no letters or digits, hyphens alone included', () => {
    expect(unusableName('2025/09/!!!.md')).toMatch(/^the file name `!!!` has no letters or digits/);
    expect(unusableName('2025/09/---.md')).toMatch(/^the file name `---` has no letters or digits/);
  });

  it('refuses a name with letters that have no Latin spelling, and a folder named so', () => {
    expect(unusableName('2025/09/日本語.md')).toMatch(/^the file name `日本語` has letters with no Latin spelling \(日本語\)/);
    expect(unusableName('東京/2025/x.md')).toMatch(/^the folder name `東京` has letters with no Latin spelling/);
  });
});

describe('npm run new only writes names the build accepts', () => {
  it('refuses a headline of hyphens', () => {
    expect(() => newBriefing('---', '2025-09-03')).toThrow(/no letters or digits/);
  });

  it('spells a Cyrillic headline in Latin letters, and the checker accepts the file', () => {
    const { path } = newBriefing('Привет мир', '2025-09-03');
    expect(path).toBe('2025/09/privet-mir.md');
    expect(unusableName(path)).toBeUndefined();
  });

  it('refuses a headline with no Latin spelling, saying what to do', () => {
    expect(() => newBriefing('日本語', '2025-09-03')).toThrow(/no Latin spelling.*npm run new -- /);
  });

  it('shortens a very long headline at a word boundary', () => {
    const headline = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { path, content } = newBriefing(headline, '2025-09-03');
    const name = path.slice('2025/09/'.length, -'.md'.length);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(`${headline.toLowerCase().replace(/ /g, '-')}-`.startsWith(`${name}-`)).toBe(true);
    expect(content).toContain(`title: "${headline}"`);
  });
});

/** A scratch project folder of its own for a describe block, empty with `briefings/2025/09/` before each use, removed after. */
function scratchFolder(name: string): () => string {
  const folder = join(ROOT, '.test-output', name);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(join(folder, 'briefings/2025/09'), { recursive: true });
    return folder;
  };
}

describe('symbolic links in the briefings folder', () => {
  const fresh = scratchFolder('hostile-symlinks');

  it('are not followed, and each is named in a warning with the fix', () => {
    const folder = fresh();
    mkdirSync(join(folder, 'elsewhere/2025/10'), { recursive: true });
    writeFileSync(join(folder, 'elsewhere/talks.md'), briefing('date: 2025-09-03'));
    writeFileSync(join(folder, 'elsewhere/2025/10/more.md'), briefing('date: 2025-10-03'));
    symlinkSync(join(folder, 'elsewhere/talks.md'), join(folder, 'briefings/2025/09/talks.md'));
    symlinkSync(join(folder, 'elsewhere/2025/10'), join(folder, 'briefings/2025/10'));
    const { briefings, problems } = readContentFolder(join(folder, 'briefings'), { cwd: folder });
    expect(briefings).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'briefings/2025/09/talks.md: warning: is a symbolic link, which the site does not follow, so it is not published: copy the file itself into the briefings folder instead',
      'briefings/2025/10: warning: is a symbolic link, which the site does not follow, so it is not published: copy the folder itself into the briefings folder instead',
    ]);
  });
});

describe('topics written differently that give one address', () => {
  const fresh = scratchFolder('hostile-topic-addresses');

  it('are one topic, and the second way of writing it is named in a warning with the first', () => {
    const folder = fresh();
    writeFileSync(join(folder, 'briefings/2025/09/a.md'), briefing('date: 2025-09-03\ntopics: ["C++", Transport]'));
    writeFileSync(join(folder, 'briefings/2025/09/b.md'), briefing('date: 2025-09-04\ntopics: ["C#", transport]'));
    const { briefings, problems } = readContentFolder(join(folder, 'briefings'), { cwd: folder });
    expect(briefings.map((checked) => checked.data.topics.map((topic) => topic.slug))).toEqual([
      ['c', 'transport'],
      ['c', 'transport'],
    ]);
    // "Transport" and "transport" are one topic written alike; "C#" and "C++" are not.
    expect(problems.map(formatProblem)).toEqual([
      'briefings/2025/09/b.md:4: warning: `topics` “C#” has the same address as “C++” in briefings/2025/09/a.md (/topics/c/), so both are one topic, shown as “C++”: write the topic the same way in both, or give one a different name',
    ]);
  });
});
