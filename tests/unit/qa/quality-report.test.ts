import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTreeParser } from '../../../src/render/processor.ts';
import { generateQuestions } from '../../../src/lib/qa/generate.ts';
import { buildReport, type Generator, readArticle, renderReportMarkdown, summaryText } from '../../../src/lib/qa/quality-report.ts';
import type { KeyQuestions } from '../../../src/lib/qa/types.ts';

// An invented briefing with an editor's Q&A block, which becomes the reference questions.
const ARTICLE = [
  'The Eastvale harbour council approved a new ferry timetable on Monday after two years of complaints about crowded boats.',
  '',
  '## The new timetable',
  '',
  'Ferries will now leave every 20 minutes during the morning rush. The last boat of the day leaves at 11 at night instead of 10.',
  '',
  '## Key Questions and Answers',
  '',
  '- Why did the timetable change? Commuters complained about crowded boats.',
].join('\n');

const GOOD = { question: 'How often will ferries leave in the morning?', answer: 'Ferries will now leave every 20 minutes during the morning rush.' };
const BAD = { question: 'Why did the ferry timetable change', answer: 'they said the boats were full' };

/** A stand-in generator with known pairs, which records the tree it was given. */
function fakeGenerator(seen: Root[]): Generator {
  return (tree) => {
    seen.push(tree);
    return { source: 'generated', pairs: [GOOD, BAD].map((pair) => ({ ...pair, section: 'The new timetable', source: 'generated' })) } satisfies KeyQuestions;
  };
}

let parse: (markdown: string) => Root;
beforeAll(async () => {
  parse = createTreeParser();
});

const options = { count: 3, lang: 'en', ranAt: new Date('2025-01-02T03:04:05Z'), command: 'npm run qa:eval -- test', inputs: ['test'] };

describe('the qa:eval report', () => {
  it('takes the editor’s Q&A block out of the article and makes its pairs the reference questions', async () => {
    const article = readArticle('ferry.md', 'Ferry timetable', parse(ARTICLE), [{ question: 'When does the last boat leave?', answer: 'At 11.' }]);
    expect(toString(article.tree)).not.toContain('Key Questions');
    expect(article.references).toEqual([
      { question: 'Why did the timetable change?', answer: 'Commuters complained about crowded boats.', from: 'editor block' },
      { question: 'When does the last boat leave?', answer: 'At 11.', from: 'ref.json' },
    ]);
  });

  it('reports each generated pair with the checks it fails, and the ROUGE-L of each reference question', async () => {
    const seen: Root[] = [];
    const article = readArticle('ferry.md', 'Ferry timetable', parse(ARTICLE));
    const report = buildReport([article], { ...options, generate: fakeGenerator(seen) });

    // Called once to warm up and once measured, both on the article without its Q&A block.
    expect(seen).toHaveLength(2);
    const [result] = report.articles;
    expect(result?.pairs.map((pair) => [pair.question, pair.failed.map((f) => f.check)])).toEqual([
      [GOOD.question, []],
      [BAD.question, ['verbatim', 'answer-complete', 'answer-opening', 'question-form']],
    ]);
    // "why did the timetable change" is in order in the 6-word bad question: F1 = 2·(5/6)·1 / (11/6) = 10/11.
    expect(result?.references[0]).toMatchObject({ closest: BAD.question });
    expect(result?.references[0]?.rougeL).toBeCloseTo(10 / 11, 10);

    expect(report.summary).toMatchObject({ articles: 1, pairs: 2, pairsPassing: 1, referenceQuestions: 1, sectionedArticles: 0 });
    expect(report.summary.failures).toMatchObject({ verbatim: 1, 'answer-complete': 1, 'question-form': 1, duplicate: 0 });
    expect(report.summary.meanRougeL).toBeCloseTo(10 / 11, 10);

    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('- Command: `npm run qa:eval -- test`');
    expect(markdown).toContain(`1. **Q:** ${GOOD.question}`);
    expect(markdown).toContain(`   - **A:** ${GOOD.answer}`);
    expect(markdown).toContain('`question-form` (has no "?")');
    expect(markdown).toContain('- 0.909 Why did the timetable change? *(editor block)*');
    expect(markdown).toContain('No blind reading recorded yet.');
    expect(summaryText(report)).toContain('Pairs: 2, failing any check: 1');
  });

  it('includes a recorded blind reading as written, and the generator’s reason when it gives no pairs', async () => {
    const article = readArticle('short.md', 'Short', parse('Too short.'));
    const none: Generator = () => ({ source: 'none', pairs: [], reason: 'the article is too short', declined: [{ section: 'Intro', reason: 'no text' }] });
    const report = buildReport([article], { ...options, generate: none, blindReading: '### Reader A\n\nAll fine.\n' });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain('## Blind reading\n\n### Reader A\n\nAll fine.\n');
    expect(markdown).toContain('No pairs: the article is too short.');
    expect(markdown).toContain('- Intro: no text');
    expect(report.summary.meanRougeL).toBeNull();
  });

  it('measures the real generator: its pairs, checked, and a CPU time', async () => {
    const tree = parse(ARTICLE);
    const article = readArticle('ferry.md', 'Ferry timetable', tree);
    const expected = generateQuestions(structuredClone(article.tree), 3, 'en');
    const report = buildReport([article], options);
    expect(report.articles[0]?.pairs.map((pair) => pair.question)).toEqual(expected.pairs.map((pair) => pair.question));
    expect(report.articles[0]?.cpuMs).toBeGreaterThanOrEqual(0);
  });
});
