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

  it('keeps as many questions as asked, from 3 to 6, never more than the article supports', () => {
    expect(generate(seedBodyWithoutQa(), 3).pairs).toHaveLength(3);
    const six = generate(seedBodyWithoutQa(), 6).pairs.map((pair) => pair.question);
    expect(six).toHaveLength(6);
    expect(six).toEqual(expect.arrayContaining(result.pairs.map((pair) => pair.question)));
    expect(generate(seedBodyWithoutQa(), 20).pairs.length).toBeLessThanOrEqual(7);
  });
});

describe('generateQuestions on awkward articles', () => {
  it('an article without headings gets one to three questions from its paragraphs', () => {
    const { pairs, source } = generate(edge('no-headings.md'));
    expect(source).toBe('generated');
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    expect(pairs.length).toBeLessThanOrEqual(3);
    expect(pairs[0]?.question).toBe('What happened to crossings at the southern border?');
    for (const pair of pairs) {
      expect(pair.sectionId).toBeUndefined();
      expect(edge('no-headings.md')).toContain(pair.answer.split(/(?<=\.)\s/)[0]);
    }
  });

  it('an article with no text gets nothing, and says why (the build rejects such a file anyway)', () => {
    expect(generate(fixtureBody('bad-briefings/2025/10/empty-body.md'))).toEqual({ source: 'none', pairs: [], reason: 'the article is too short to ask questions about' });
  });

  it('an article that is not in English gets nothing rather than nonsense, and says why', () => {
    const result = generate(edge('spanish.md'));
    expect(result.pairs).toEqual([]);
    expect(result.reason).toMatch(/not.*English|English.*only/i);
  });

  it('duplicate headings point at their own, distinct ids', () => {
    const { pairs } = generate(edge('duplicate-headings.md'));
    const reactions = pairs.filter((pair) => pair.section === 'Reaction').map((pair) => pair.sectionId);
    expect(new Set(reactions).size).toBe(reactions.length);
    for (const id of reactions) expect(['reaction', 'reaction-1']).toContain(id);
  });

  it('headings with links, code and emphasis give plain-text questions and the right ids', () => {
    const { pairs } = generate(edge('formatted-headings.md'));
    expect(pairs.map((pair) => pair.sectionId)).toEqual(['the-new-rules-on-fuel-theft', 'why-pemex-matters']);
    expect(pairs.map((pair) => pair.question)).toEqual(['What is the latest on the new rules on fuel theft?', 'Why does PEMEX matter?']);
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

describe('questions from a lead paragraph', () => {
  it('asks what was announced when the lead reports an announcement', () => {
    const markdown = [
      'Officials in Chiapas announced changes to ballot counting on Wednesday, the latest step in a months-long debate over elections in the southern state and its cities.',
      '## The Numbers',
      'Observers filed 50 complaints about campaign spending in the state. Candidates held 26 debates before the vote, and turnout was the lowest in a decade.',
      'The institute trained 33 thousand poll workers for the count, and local leaders said the rules would be reviewed again before the end of the year.',
    ].join('\n\n');
    expect(generate(markdown).pairs[0]?.question).toBe('What did officials in Chiapas announce?');
  });
});
