import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/lib/qa/generate.ts';
import { splitSections } from '../../../src/lib/qa/sections.ts';
import { fixtureBody, QA_EDGE_BRIEFINGS, seedBodyWithoutQa, tree } from '../../support/markdown.ts';
import { SEED_GENERATED_QUESTIONS } from '../../support/seed.ts';

const edge = (name: string) => fixtureBody(`${QA_EDGE_BRIEFINGS}/${name}`);

const generate = (markdown: string, count = 4) => generateQuestions(tree(markdown), count);

describe('generateQuestions on the seed briefing without its Q&A block', () => {
  const result = generate(seedBodyWithoutQa());

  it('asks what a news editor would ask, in fluent English, in article order', () => {
    expect(result.source).toBe('generated');
    expect(result.pairs.map((pair) => pair.question)).toEqual(SEED_GENERATED_QUESTIONS);
  });

  it('points each question at the section it came from, by its heading id', () => {
    expect(result.pairs.map((pair) => [pair.section, pair.sectionId])).toEqual([
      ['Formation of High-Level Security Group', 'formation-of-high-level-security-group'],
      ['U.S. Military Actions Against Drug Cartels', 'us-military-actions-against-drug-cartels'],
      ['Sheinbaum’s Stance on U.S. Military Involvement', 'sheinbaums-stance-on-us-military-involvement'],
      ['Arms Trafficking and Legal Actions', 'arms-trafficking-and-legal-actions'],
    ]);
  });

  it('answers with one or two sentences copied verbatim from that section, about fifty words at most', () => {
    const sections = splitSections(tree(seedBodyWithoutQa()));
    for (const pair of result.pairs) {
      const section = sections.find((s) => s.id === pair.sectionId);
      const text = section?.blocks.join(' ') ?? '';
      const sentences = pair.answer.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
      expect(sentences.length, pair.answer).toBeLessThanOrEqual(2);
      for (const sentence of sentences) expect(text, pair.question).toContain(sentence);
      expect(pair.answer.split(/\s+/).length).toBeLessThanOrEqual(50);
      expect(pair.answer).not.toMatch(/^(She|He|It|They|This|These)\b/);
    }
    expect(result.pairs[0]?.answer).toBe(
      'Both the U.S. and Mexico announced the establishment of a high-level group that will meet regularly to monitor mutual commitments. ' +
        'These include countering drug cartels, enhancing border security, preventing fuel theft, and addressing illicit financial flows.',
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    expect(generate(seedBodyWithoutQa())).toEqual(result);
  });

  it('keeps at most as many questions as asked, and never pads with sections it declined', () => {
    const three = generate(seedBodyWithoutQa(), 3).pairs.map((pair) => pair.question);
    expect(three).toHaveLength(3);
    for (const question of three) expect(SEED_GENERATED_QUESTIONS).toContain(question);
    expect(generate(seedBodyWithoutQa(), 6).pairs.map((pair) => pair.question)).toEqual(SEED_GENERATED_QUESTIONS);
  });

  it('says why each other section gave no question', () => {
    expect(result.declined?.map((entry) => entry.section)).toEqual(['Background on Key Figures', 'Reaffirmation of Cooperation', 'Context and Impact']);
    expect(result.declined?.[0]?.reason).toMatch(/part of the page/);
  });
});

describe('generateQuestions on awkward articles', () => {
  it('an article without headings gets questions only from sentences that define or explain, none from plain narrative', () => {
    const narrative = generate(edge('no-headings.md'));
    expect(narrative).toMatchObject({ source: 'none', pairs: [], reason: expect.stringMatching(/stand on its own/) });
    const explained = generate(
      [
        'Harbourtown will run two new ferries from May, the council said on Tuesday, after a winter of cancelled crossings and long queues at the pier.',
        'OpenQuay is an app that sells ferry tickets and shows delays as they happen. See the council website for the timetable.',
        'The main reason for the new ferries is that the old boats broke down eleven times last winter.',
        'The Gullrock pier will be closed at the end of the season. Builders expect to finish a new one in the autumn.',
      ].join('\n\n'),
    );
    expect(explained.pairs.map((pair) => pair.question)).toEqual([
      'What is OpenQuay?',
      'What is the main reason for the new ferries?',
      'What will happen to the Gullrock pier?',
    ]);
    for (const pair of explained.pairs) expect(pair.sectionId).toBeUndefined();
  });

  it('fills places left by sections with nothing to ask from a section with a second good sentence, never asking one thing twice', () => {
    const article = [
      '## Pier passes',
      'A pier pass is a ticket that lets one person walk the pier all year.',
      'Pier passes are a scheme that the harbour office runs for residents of the old town.',
      'The cost of a pier pass is £12, paid once in spring.',
      '## The winter',
      'It was a long winter, and the boats stayed in the harbour for most of it while the wind blew.',
    ].join('\n\n');
    const questions = generate(article).pairs.map((pair) => pair.question);
    expect(questions).toEqual(['What is a pier pass?', 'What is the cost of a pier pass?']);
  });

  it('a definition goes on into the next sentence only when it goes on about the same thing', () => {
    const winter =
      '\n\n## The winter\n\nIt was a long winter, and the boats stayed in the harbour for most of it while the wind blew across the bay day after day, the piers iced over, the cafés closed early and almost nobody sailed out past the breakwater until the spring came back.';
    const padded = generate(
      `## OpenQuay\n\nOpenQuay is an app that sells ferry tickets. The harbour has a lovely view of the bay at sunset.\n\nThe harbour office runs the quay, and boats queue at the pier in the early morning.${winter}`,
    );
    expect(padded.pairs[0]).toMatchObject({ question: 'What is OpenQuay?', answer: 'OpenQuay is an app that sells ferry tickets.' });
    const continued = generate(
      `## OpenQuay\n\nOpenQuay is an app that sells ferry tickets. It also shows delays as they happen.\n\nThe harbour office runs the quay, and boats queue at the pier in the early morning.${winter}`,
    );
    expect(continued.pairs[0]).toMatchObject({
      question: 'What is OpenQuay?',
      answer: 'OpenQuay is an app that sells ferry tickets. It also shows delays as they happen.',
    });
  });

  it('an article with no text gets nothing, and says why (the build rejects such a file anyway)', () => {
    expect(generate(fixtureBody('hostile/refused/2025/10/empty-body.md'))).toEqual({
      source: 'none',
      pairs: [],
      reason: 'the article is too short to ask questions about',
    });
  });

  it('an article that is not in English gets nothing rather than nonsense, and says why', () => {
    const result = generate(edge('spanish.md'));
    expect(result.pairs).toEqual([]);
    expect(result.reason).toMatch(/not.*English|English.*only/i);
  });

  it('duplicate headings point at their own, distinct ids', () => {
    const { pairs } = generate(edge('duplicate-headings.md'));
    // The first of the two same-titled sections gives no reason, so only the second is asked about.
    expect(pairs.map((pair) => pair.sectionId)).toEqual(['why-leaders-welcomed-the-deal-1', 'why-lawmakers-criticised-the-deal']);
  });

  it('headings with links, code and emphasis give plain-text questions and the right ids', () => {
    const { pairs } = generate(edge('formatted-headings.md'));
    expect(pairs.map((pair) => pair.sectionId)).toEqual(['what-the-new-rules-on-fuel-theft-require', 'why-pemex-matters']);
    expect(pairs.map((pair) => pair.question)).toEqual(['What do the new rules on fuel theft require?', 'Why does PEMEX matter?']);
  });

  it('a 5,000-word article still gets at most the asked-for number of valid pairs', () => {
    const long = edge('long.md');
    expect(long.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    const { pairs } = generate(long);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    expect(pairs.length).toBeLessThanOrEqual(4);
    for (const pair of pairs) expect(long).toContain(pair.answer.split(/(?<=\.)\s/)[0]);
  });
});

describe('what the generator refuses to write', () => {
  it('never asks in the author’s voice, never opens an answer on a pronoun, never asks a vague question', () => {
    const markdown = [
      'The harbour board met on Monday to review the summer timetable for the ferries and the state of the old pier.',
      '## How We Chose the Route',
      'The board compared three routes over the winter and picked the shortest one, which avoids the shallow water near the lighthouse and the rocks beyond the harbour wall.',
      '## What’s Next?',
      'The board will publish the full timetable in April, and tickets for the first crossings of the summer go on sale through the council’s website a week later.',
      '## Results',
      'It was a busy year for the harbour, with more passengers than ever before and fewer cancelled crossings than in any year since records began.',
    ].join('\n\n');
    const result = generate(markdown);
    expect(result.pairs).toEqual([]);
    expect(result.declined?.map((entry) => [entry.section, entry.reason])).toEqual([
      ['How We Chose the Route', expect.stringMatching(/author/)],
      ['What’s Next?', expect.stringMatching(/vague/)],
      ['Results', expect.stringMatching(/topic/)],
    ]);
  });
});
