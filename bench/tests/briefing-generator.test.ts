import { beforeAll, describe, expect, it } from 'vitest';
import { readBrownPress } from '../corpus/brown.ts';
import { type CorpusSource, type GeneratedBriefing, generateCorpus, prepareSource } from '../corpus/briefing-generator.ts';
import { TOPICS } from '../corpus/vocabulary.ts';
import { checkBriefing, formatProblem } from '../../src/lib/briefings/validate.ts';

let source: CorpusSource;
let corpus: GeneratedBriefing[];

beforeAll(() => {
  source = prepareSource(readBrownPress());
  corpus = generateCorpus(source, { count: 200, seed: 'test-seed' });
});

/** The Markdown after the front matter. */
function bodyOf(content: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(content);
  if (!match) throw new Error('no front matter');
  return content.slice(match[0].length);
}

/** Words as a reader counts them, independently of the generator: tokens with a letter or digit. */
function words(text: string): number {
  return text.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
}

const QA_HEADING = /^## (key )?questions and answers$/i;

/** The `## ` sections other than a Q&A block, each with its paragraphs (blank-line separated blocks). */
function sectionsOf(body: string): { heading: string; paragraphs: string[] }[] {
  const sections: { heading: string; paragraphs: string[] }[] = [];
  for (const block of body
    .split(/\n{2,}/)
    .map((text) => text.trim())
    .filter(Boolean)) {
    if (block.startsWith('## ')) sections.push({ heading: block, paragraphs: [] });
    else sections.at(-1)?.paragraphs.push(block);
  }
  return sections.filter((section) => !QA_HEADING.test(section.heading));
}

function paragraphsOf(body: string): string[] {
  const beforeQa = body.split(/^## (?:Key )?Questions and Answers$/im)[0] ?? body;
  return beforeQa
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#'));
}

describe('generateCorpus', () => {
  it('writes the same files byte for byte for the same seed, and different ones for another seed', () => {
    const again = generateCorpus(source, { count: 200, seed: 'test-seed' });
    expect(again.map((briefing) => [briefing.path, briefing.content])).toEqual(corpus.map((briefing) => [briefing.path, briefing.content]));
    const other = generateCorpus(source, { count: 200, seed: 'another-seed' });
    const same = other.filter((briefing, i) => briefing.content === corpus[i]?.content);
    expect(same).toHaveLength(0);
  });

  it('gives every briefing its own path, under its year and month', () => {
    expect(new Set(corpus.map((briefing) => briefing.path)).size).toBe(200);
    for (const briefing of corpus) {
      const checked = checkBriefing(briefing.path, briefing.content);
      if (!checked.ok) continue; // reported by the validation test
      const date = checked.data.date.toISOString();
      expect(briefing.path).toMatch(new RegExp(`^${date.slice(0, 4)}/${date.slice(5, 7)}/[a-z0-9-]+\\.md$`));
    }
  });

  it('passes the site’s own front-matter validation for every file', () => {
    const problems = corpus.flatMap((briefing) => {
      const checked = checkBriefing(briefing.path, briefing.content);
      return checked.ok ? [] : checked.problems.map(formatProblem);
    });
    expect(problems).toEqual([]);
  });

  it('keeps each briefing between 500 and 900 words', () => {
    const counts = corpus.map((briefing) => words(bodyOf(briefing.content)));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...counts)).toBeLessThanOrEqual(900);
    // Not all the same length either.
    expect(Math.max(...counts) - Math.min(...counts)).toBeGreaterThan(100);
  });

  it('has 4–8 titled sections of 2–4 paragraphs each', () => {
    const sectionCounts = new Set<number>();
    for (const briefing of corpus) {
      const sections = sectionsOf(bodyOf(briefing.content));
      sectionCounts.add(sections.length);
      expect(sections.length, briefing.path).toBeGreaterThanOrEqual(4);
      expect(sections.length, briefing.path).toBeLessThanOrEqual(8);
      for (const section of sections) {
        expect(section.heading, briefing.path).toMatch(/^## [A-Z]\S*( \S+)+$/);
        expect(section.paragraphs.length, `${briefing.path}: ${section.heading}`).toBeGreaterThanOrEqual(2);
        expect(section.paragraphs.length, `${briefing.path}: ${section.heading}`).toBeLessThanOrEqual(4);
      }
    }
    expect(Math.min(...sectionCounts)).toBe(4);
    expect(Math.max(...sectionCounts)).toBe(8);
  });

  it('files each briefing under 1–4 topics from a list of about thirty', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(25);
    expect(TOPICS.length).toBeLessThanOrEqual(35);
    const used = new Set<string>();
    for (const briefing of corpus) {
      const checked = checkBriefing(briefing.path, briefing.content);
      if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
      const labels = checked.data.topics.map((topic) => topic.label);
      expect(labels.length).toBeGreaterThanOrEqual(1);
      expect(labels.length).toBeLessThanOrEqual(4);
      for (const label of labels) {
        expect(TOPICS as readonly string[]).toContain(label);
        used.add(label);
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(20);
  });

  it('spreads the dates over several years', () => {
    const years = new Set(corpus.map((briefing) => Number(/^date: (\d{4})-/m.exec(briefing.content)?.[1])));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(3);
  });

  it('ends about 30% of briefings with a Q&A block of question-and-answer items', () => {
    const withQa = corpus.filter((briefing) => /^## Key Questions and Answers$/m.test(briefing.content));
    expect(withQa.length / corpus.length).toBeGreaterThanOrEqual(0.2);
    expect(withQa.length / corpus.length).toBeLessThanOrEqual(0.4);
    for (const briefing of withQa) {
      const block = briefing.content.split(/^## Key Questions and Answers$/m)[1] ?? '';
      const items = block.trim().split('\n');
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const item of items) expect(item).toMatch(/^- [“(]?[A-Z][^?]*\? [“(]?[A-Z].*[.!][”)]?$/);
    }
  });

  it('reads as prose: no corpus tags, sentences capitalised and punctuated, spacing as printed', () => {
    for (const briefing of corpus) {
      const body = bodyOf(briefing.content);
      expect(body).not.toMatch(/[A-Za-z]\/[a-z]/); // a `word/tag` left behind
      expect(body).not.toMatch(/``|''/); // Brown's quote tokens
      expect(body).not.toMatch(/ [,.;:?!”)]|[“(] | {2}/); // space before punctuation, after an opening quote, or doubled
      for (const paragraph of paragraphsOf(body)) {
        expect(paragraph).toMatch(/^[“(]?[A-Z]/);
        expect(paragraph).toMatch(/[.?!][”)]?$/);
      }
      const title = /^title: "(.*)"$/m.exec(briefing.content)?.[1] ?? '';
      expect(title).toMatch(/^[A-Z]/);
    }
  });
});
