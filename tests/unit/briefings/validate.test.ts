import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBriefing, formatProblem } from '../../../src/lib/briefings/validate.ts';
import { site } from '../../../src/site.config.ts';
import { readSeed, SEED_BRIEFING_FILE } from '../../support/seed.ts';

const FILE = 'content/briefings/2025/09/example.md';
const briefing = (frontMatter: string, body = 'The lead paragraph.') => `---\n${frontMatter}\n---\n\n${body}\n`;

/** The problems of a file, as the lines an editor would read. */
function problemsOf(source: string): string[] {
  const result = checkBriefing(FILE, source);
  if (result.ok) throw new Error('expected the briefing to be rejected');
  return result.problems.map(formatProblem);
}

describe('checkBriefing: the seed briefing', () => {
  it('accepts the seed’s front matter and keeps what the seed says', () => {
    const seed = readSeed();
    const result = checkBriefing(SEED_BRIEFING_FILE, readFileSync(SEED_BRIEFING_FILE, 'utf8'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.data.title).toBe(seed.title);
    expect(result.data.author).toBe(seed.author);
    expect(result.data.date.toISOString()).toBe('2025-09-03T00:00:00.000Z');
    expect(result.data.image).toEqual({ alt: seed.photoDescription });
    expect(result.data.draft).toBe(false);
    expect(result.data.topics.map((topic) => topic.slug)).toEqual(['security', 'mexico', 'united-states', 'drug-cartels']);
  });
});

describe('checkBriefing: defaults', () => {
  it('fills in the site’s default author, no topics and not a draft', () => {
    const result = checkBriefing(FILE, briefing('title: A headline\ndate: 2025-10-01'));
    expect(result.ok && result.data).toMatchObject({ author: site.defaultAuthor, topics: [], draft: false });
  });

  it('accepts a single topic written as text, an editor’s Q&A and qa: false', () => {
    const one = checkBriefing(FILE, briefing('title: A\ndate: 2025-10-01\ntopics: Security\nqa: false'));
    expect(one.ok && one.data).toMatchObject({ topics: [{ slug: 'security', label: 'Security' }], qa: false });
    const pairs = checkBriefing(FILE, briefing('title: A\ndate: 2025-10-01\nqa:\n  - question: Why?\n    answer: Because.'));
    expect(pairs.ok && pairs.data.qa).toEqual([{ question: 'Why?', answer: 'Because.' }]);
  });
});

describe('checkBriefing: bad front matter names the file and the field', () => {
  it('a missing title', () => {
    const [problem, ...rest] = problemsOf(briefing('date: 2025-09-03'));
    expect(rest).toEqual([]);
    expect(problem).toContain(FILE);
    expect(problem).toContain('`title`');
    expect(problem).toMatch(/is required/);
  });

  it('an unparseable date, quoting what was written and how to write it', () => {
    const [problem] = problemsOf(briefing('title: A headline\ndate: September 3rd'));
    expect(problem).toContain(FILE);
    expect(problem).toContain('`date`');
    expect(problem).toContain('"September 3rd"');
    expect(problem).toContain('YYYY-MM-DD');
  });

  it('a date that does not exist', () => {
    const [problem] = problemsOf(briefing('title: A headline\ndate: "2025-02-30"'));
    expect(problem).toMatch(/`date` "2025-02-30" is not a date that exists/);
  });

  it('an image without alt text', () => {
    const [problem] = problemsOf(briefing('title: A headline\ndate: 2025-09-03\nimage:\n  src: /photo.jpg'));
    expect(problem).toContain(FILE);
    expect(problem).toContain('`image.alt`');
    expect(problem).toMatch(/is required when the image has a `src`/);
  });

  it('a misspelt field, suggesting the right one', () => {
    const problems = problemsOf(briefing('tittle: A headline\ndate: 2025-09-03'));
    expect(problems.some((p) => p.includes('`tittle` (did you mean `title`?)'))).toBe(true);
    // The suggestion says it all: no second message that `title` is missing.
    expect(problems.some((p) => p.includes('`title` is required'))).toBe(false);
  });

  it('entity corrections that are not lists of names', () => {
    const problems = problemsOf(briefing('title: A\ndate: 2025-09-03\nentities:\n  people: Claudia Sheinbaum\nentitiesExclude: Mexico'));
    expect(problems).toEqual([
      expect.stringMatching(/`entities\.people` must be a list of names/),
      expect.stringMatching(/`entitiesExclude` must be a list of names/),
    ]);
  });

  it('an update dated before the briefing', () => {
    const [problem] = problemsOf(briefing('title: A\ndate: 2025-09-03\nupdated: 2025-09-01'));
    expect(problem).toContain('`updated` is earlier than `date`');
  });

  it('several problems at once, one line each', () => {
    const problems = problemsOf(briefing('date: soon\ntopics: 3\ndraft: maybe'));
    expect(problems.map((p) => p.match(/`([a-z.]+)`/)?.[1])).toEqual(['title', 'date', 'topics', 'draft']);
  });

  it('front matter that is not valid YAML', () => {
    const [problem] = problemsOf('---\ntitle: "unclosed\ndate: 2025-09-03\n---\n\nBody.');
    expect(problem).toContain(FILE);
    expect(problem).toMatch(/not valid YAML/);
  });
});
