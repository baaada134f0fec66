import { describe, expect, it } from 'vitest';
import { keyQuestions } from '../../../src/lib/qa/key-questions.ts';
import { QaBlockError } from '../../../src/lib/qa/parse-block.ts';
import { bodyOf, fixtureBody, tree } from '../../support/markdown.ts';
import { SEED_BRIEFING_FILE } from '../../support/seed.ts';

const seedBody = () => bodyOf(SEED_BRIEFING_FILE);

describe('keyQuestions: the first source that applies wins', () => {
  it('the seed’s own block is parsed, removed from the body and each pair pointed at its section', () => {
    const root = tree(seedBody());
    const result = keyQuestions(root, { count: 4 });
    expect(result.source).toBe('parsed');
    expect(result.pairs.map((pair) => pair.source)).toEqual(['parsed', 'parsed', 'parsed', 'parsed']);
    expect(result.pairs.map((pair) => pair.sectionId)).toEqual([
      'formation-of-high-level-security-group',
      'us-military-actions-against-drug-cartels',
      'sheinbaums-stance-on-us-military-involvement',
      'arms-trafficking-and-legal-actions',
    ]);
    expect(root.children.some((node) => node.type === 'list')).toBe(false);
    expect(root.children.filter((node) => node.type === 'heading')).toHaveLength(7);
  });

  it('front matter pairs win over the block, which still leaves the body', () => {
    const root = tree(seedBody());
    const result = keyQuestions(root, { count: 4, qa: [{ question: 'Who met?', answer: 'Marco Rubio and Claudia Sheinbaum met in Mexico City.' }] });
    expect(result).toEqual({
      source: 'authored',
      pairs: [
        {
          question: 'Who met?',
          answer: 'Marco Rubio and Claudia Sheinbaum met in Mexico City.',
          section: 'Background on Key Figures',
          sectionId: 'background-on-key-figures',
          source: 'authored',
        },
      ],
    });
    expect(root.children.some((node) => node.type === 'list')).toBe(false);
  });

  it('an authored pair that matches no section gets no "From" link rather than a wrong one', () => {
    const result = keyQuestions(tree(seedBody()), { count: 4, qa: [{ question: 'Is it raining?', answer: 'No.' }] });
    expect(result.pairs[0]?.sectionId).toBeUndefined();
  });

  it('`qa: false` turns the section off and leaves the body as written', () => {
    const root = tree(seedBody());
    const before = root.children.length;
    expect(keyQuestions(root, { count: 4, qa: false })).toEqual({ source: 'none', pairs: [], reason: 'turned off with `qa: false` in the front matter' });
    expect(root.children.length).toBe(before);
  });

  it('without front matter or a block, questions are generated', () => {
    const markdown = seedBody().slice(0, seedBody().indexOf('## Key Questions'));
    const result = keyQuestions(tree(markdown), { count: 4 });
    expect(result.source).toBe('generated');
    expect(result.pairs).toHaveLength(4);
  });

  it('a block item that cannot be split stops with its line and text', () => {
    const markdown = fixtureBody('hostile/refused/2025/10/unreadable-qa-block.md');
    let error: unknown;
    try {
      keyQuestions(tree(markdown), { count: 4 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QaBlockError);
    const { line, text } = error as QaBlockError;
    expect(text).toBe('What happens to the buses');
    expect(markdown.split('\n')[line - 1]).toBe('- What happens to the buses');
  });
});
