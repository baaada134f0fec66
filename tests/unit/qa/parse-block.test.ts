import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { findQaBlock, isQaHeading, QaBlockError } from '../../../src/lib/qa/parse-block.ts';

const md = (...lines: string[]) => lines.join('\n');
const blockOf = (markdown: string) => findQaBlock(fromMarkdown(markdown));
/** The pairs without their lines, for shape tests that only check the text. */
const pairsOf = (markdown: string) => blockOf(markdown)?.pairs.map(({ question, answer }) => ({ question, answer }));

/** The error findQaBlock throws for the markdown; fails the test when it throws none. */
function errorOf(markdown: string): QaBlockError {
  try {
    blockOf(markdown);
  } catch (error) {
    if (error instanceof QaBlockError) return error;
    throw error;
  }
  throw new Error('expected a QaBlockError');
}

const SEED = md(
  'The U.S. and Mexico agreed to form a high-level security group.',
  '',
  '## Formation of High-Level Security Group',
  '',
  'The group will meet regularly.',
  '',
  '## Key Questions and Answers',
  '',
  '- What is the purpose of the high-level security group? The group aims to monitor mutual commitments between the U.S. and Mexico, including countering drug cartels, enhancing border security, preventing fuel theft, and addressing illicit financial flows.',
  '- How has the U.S. demonstrated its commitment to addressing drug cartels? The U.S. has taken assertive military actions against drug cartels, as exemplified by a recent operation that resulted in the death of 11 alleged drug traffickers near Venezuela’s coast.',
  '- What is Claudia Sheinbaum’s stance on U.S. military involvement in Mexico? Sheinbaum has emphasized that any U.S. military intervention in Mexico is a red line and has sought a pragmatic relationship with the Trump administration while cooperating on migration issues.',
  '- How does Mexico address the issue of arms trafficking from the U.S.? Mexico claims that a significant number of U.S.-made firearms are smuggled across the border annually, contributing to violence in the country. In response, Sheinbaum has initiated legal actions against U.S. firearm manufacturers.',
);

describe('isQaHeading', () => {
  it.each([
    'Key Questions and Answers',
    'Questions and Answers',
    'Key Questions & Answers',
    'Questions & Answers',
    'Q&A',
    'Q & A',
    'Key Q&A',
    'FAQ',
    'FAQs',
    'Frequently Asked Questions',
    'Key Frequently Asked Questions',
    'key questions and answers',
    'KEY QUESTIONS AND ANSWERS',
    '  Key Questions and Answers:  ',
    'FAQ:',
    'Questions  and\tAnswers',
  ])('accepts %j', (text) => {
    expect(isQaHeading(text)).toBe(true);
  });

  it.each([
    'Questions remain over the deal',
    'Answers',
    'Questions',
    'Key questions for the summit',
    'Unanswered questions',
    'Q&A with the minister',
    'Background',
    '',
  ])('rejects %j', (text) => {
    expect(isQaHeading(text)).toBe(false);
  });

  it('rejects "Key Questions" alone: such a section often lists open questions without answers', () => {
    expect(isQaHeading('Key Questions')).toBe(false);
    expect(blockOf(md('## Key Questions', '', '- Will the group meet monthly?', '- Who will lead it?'))).toBeUndefined();
  });

  it('a heading that merely contains "questions" does not start a block', () => {
    expect(blockOf(md('## Questions remain over the deal', '', 'Officials did not say when talks resume.'))).toBeUndefined();
  });
});

describe('findQaBlock: where the block is', () => {
  it('returns undefined for a document without a Q&A heading', () => {
    expect(blockOf(md('Lead.', '', '## Background', '', 'Text.'))).toBeUndefined();
    expect(blockOf('')).toBeUndefined();
  });

  it('covers the heading to the end of the document', () => {
    const tree = fromMarkdown(SEED);
    const block = findQaBlock(tree);
    // Lead, heading, paragraph, then the block's heading (3) and its list (4).
    expect(block).toMatchObject({ start: 3, end: 5 });
    expect(block?.heading).toBe(tree.children[3]);
    expect(block?.end).toBe(tree.children.length);
  });

  it('ends at the next heading of the same level; a deeper heading inside belongs to the block', () => {
    const tree = fromMarkdown(
      md(
        'Lead.',
        '',
        '## Key Questions and Answers',
        '',
        '- What is X? X is a group.',
        '',
        '### What is Y?',
        '',
        'Y is a plan.',
        '',
        '## Background',
        '',
        'The talks began in May.',
      ),
    );
    const block = findQaBlock(tree);
    expect(block).toMatchObject({ start: 1, end: 5 });
    const range = (index: number) => block !== undefined && index >= block.start && index < block.end;
    expect(tree.children[3]).toMatchObject({ type: 'heading', depth: 3 });
    expect(range(3)).toBe(true);
    expect(tree.children[5]).toMatchObject({ type: 'heading', depth: 2 });
    expect(range(5)).toBe(false);
    expect(tree.children[6]).toMatchObject({ type: 'paragraph' });
    expect(range(6)).toBe(false);
    expect(block?.pairs).toEqual([
      { question: 'What is X?', answer: 'X is a group.', line: 5 },
      { question: 'What is Y?', answer: 'Y is a plan.', line: 7 },
    ]);
  });

  it('ends at a higher-level heading too, and works when the block is not the last section', () => {
    const tree = fromMarkdown(md('### FAQ', '', '- Is it signed? Yes, on Monday.', '', '## Reactions', '', 'Critics were unconvinced. Why? Cost.'));
    const block = findQaBlock(tree);
    expect(block).toMatchObject({ start: 0, end: 2 });
    expect(block?.pairs).toEqual([{ question: 'Is it signed?', answer: 'Yes, on Monday.', line: 3 }]);
  });

  it('takes the first Q&A heading at any depth', () => {
    const tree = fromMarkdown(md('# Q&A', '', 'What? This.', '', '# FAQ', '', 'Why? That.'));
    expect(findQaBlock(tree)).toMatchObject({ start: 0, end: 2, pairs: [{ question: 'What?', answer: 'This.', line: 3 }] });
  });

  it('an empty block (heading only) has no pairs', () => {
    expect(blockOf(md('Lead.', '', '## Key Questions and Answers'))).toMatchObject({ start: 1, end: 2, pairs: [] });
    expect(blockOf(md('## FAQ', '', '## Background', '', 'Text.'))).toMatchObject({ start: 0, end: 1, pairs: [] });
  });
});

describe('findQaBlock: shapes of pairs', () => {
  it('the seed briefing: list items "Question? Answer.", split at "? " and not at the dots of "U.S."', () => {
    expect(blockOf(SEED)?.pairs).toEqual([
      {
        question: 'What is the purpose of the high-level security group?',
        answer:
          'The group aims to monitor mutual commitments between the U.S. and Mexico, including countering drug cartels, enhancing border security, preventing fuel theft, and addressing illicit financial flows.',
        line: 9,
      },
      {
        question: 'How has the U.S. demonstrated its commitment to addressing drug cartels?',
        answer:
          'The U.S. has taken assertive military actions against drug cartels, as exemplified by a recent operation that resulted in the death of 11 alleged drug traffickers near Venezuela’s coast.',
        line: 10,
      },
      {
        question: 'What is Claudia Sheinbaum’s stance on U.S. military involvement in Mexico?',
        answer:
          'Sheinbaum has emphasized that any U.S. military intervention in Mexico is a red line and has sought a pragmatic relationship with the Trump administration while cooperating on migration issues.',
        line: 11,
      },
      {
        question: 'How does Mexico address the issue of arms trafficking from the U.S.?',
        answer:
          'Mexico claims that a significant number of U.S.-made firearms are smuggled across the border annually, contributing to violence in the country. In response, Sheinbaum has initiated legal actions against U.S. firearm manufacturers.',
        line: 12,
      },
    ]);
  });

  it('list items: only the first "? " splits; a "?" inside a word or before a quote does not', () => {
    expect(pairsOf(md('## FAQ', '', '- Who asked "why?"? Reporters did. Why? Cost.', '- Is it on?Yes? It is on.'))).toEqual([
      { question: 'Who asked "why?"?', answer: 'Reporters did. Why? Cost.' },
      { question: 'Is it on?Yes?', answer: 'It is on.' },
    ]);
  });

  it('a list item keeps its later paragraphs and nested list in the answer', () => {
    expect(pairsOf(md('## FAQ', '', '- What changes? Three things:', '', '  - tariffs', '  - visas', '', '  More later.'))).toEqual([
      { question: 'What changes?', answer: 'Three things: tariffs visas More later.' },
    ]);
  });

  it('strips Markdown: emphasis, links keep their text, inline code keeps its text; quotes are kept', () => {
    expect(
      pairsOf(
        md(
          '## FAQ',
          '',
          '- What is *the* [group](https://example.com)? It is `SG-1`, the **“high-level”** group’s   name.',
          '- Where? ![map](m.png) In <span>Mexico</span>   City.',
        ),
      ),
    ).toEqual([
      { question: 'What is the group?', answer: 'It is SG-1, the “high-level” group’s name.' },
      { question: 'Where?', answer: 'In Mexico City.' },
    ]);
  });

  it('bold or italic questions in list items', () => {
    expect(pairsOf(md('## FAQ', '', '- **What is X?** X is a group.', '- *Who leads it?* The minister.', '- __Why?__ Cost.'))).toEqual([
      { question: 'What is X?', answer: 'X is a group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
      { question: 'Why?', answer: 'Cost.' },
    ]);
  });

  it('a bold question keeps a "? " inside it whole', () => {
    expect(pairsOf(md('## FAQ', '', '- **Why now? And why here?** Timing and place.'))).toEqual([
      { question: 'Why now? And why here?', answer: 'Timing and place.' },
    ]);
  });

  it('bold or italic questions in paragraphs, with the answer after them', () => {
    expect(pairsOf(md('## FAQ', '', '**What is X?** X is a group.', '', '*Who leads it?* The minister.'))).toEqual([
      { question: 'What is X?', answer: 'X is a group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
    ]);
  });

  it('a paragraph that is only a bold question, answered by the paragraphs up to the next question', () => {
    const block = blockOf(
      md(
        '## Key Questions and Answers',
        '',
        '**What is X?**',
        '',
        'X is a group.',
        '',
        'It meets monthly. Why? To keep pace.',
        '',
        '**Who leads it?**',
        '',
        'The minister.',
      ),
    );
    expect(block?.pairs).toEqual([
      { question: 'What is X?', answer: 'X is a group. It meets monthly. Why? To keep pace.', line: 3 },
      { question: 'Who leads it?', answer: 'The minister.', line: 9 },
    ]);
  });

  it('a list right after a bold question is its answer', () => {
    expect(pairsOf(md('## FAQ', '', '**What changes?**', '', '- Tariffs fall.', '- Visas are easier.'))).toEqual([
      { question: 'What changes?', answer: 'Tariffs fall. Visas are easier.' },
    ]);
  });

  it('a paragraph that is only a plain question opens it too', () => {
    expect(pairsOf(md('## FAQ', '', 'What is X?', '', 'X is a group.', '', 'Who leads it?', '', 'The minister.'))).toEqual([
      { question: 'What is X?', answer: 'X is a group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
    ]);
  });

  it('paragraphs "Question? Answer." are pairs of their own', () => {
    expect(pairsOf(md('## FAQ', '', 'What is X? X is a group.', '', 'Who leads it? The minister.'))).toEqual([
      { question: 'What is X?', answer: 'X is a group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
    ]);
  });

  it('sub-headings hold the questions; paragraphs and lists below, up to the next sub-heading, the answer', () => {
    const block = blockOf(
      md(
        '## Key Questions and Answers',
        '',
        '### What is the group?',
        '',
        'A body of officials.',
        '',
        'It meets monthly. Why? Pace.',
        '',
        '### What will it do?',
        '',
        '- Counter cartels.',
        '- Stop fuel theft.',
        '',
        '#### Who leads it?',
        '',
        '**Rubio**, the Secretary of State.',
      ),
    );
    expect(block?.pairs).toEqual([
      { question: 'What is the group?', answer: 'A body of officials. It meets monthly. Why? Pace.', line: 3 },
      { question: 'What will it do?', answer: 'Counter cartels. Stop fuel theft.', line: 9 },
      { question: 'Who leads it?', answer: 'Rubio, the Secretary of State.', line: 14 },
    ]);
  });

  it('a sub-heading without "?" groups the pairs under it', () => {
    expect(pairsOf(md('## FAQ', '', '### Security', '', '- What is X? A group.', '', '### Trade', '', '**Do tariffs change?** No.'))).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      { question: 'Do tariffs change?', answer: 'No.' },
    ]);
  });

  it('numbered lists, plain and bold', () => {
    const block = blockOf(md('## Q&A', '', '1. What is X? A group.', '2. **Who leads it?** The minister.', '3) Why? Cost.'));
    expect(block?.pairs).toEqual([
      { question: 'What is X?', answer: 'A group.', line: 3 },
      { question: 'Who leads it?', answer: 'The minister.', line: 4 },
      { question: 'Why?', answer: 'Cost.', line: 5 },
    ]);
  });

  it('"Q:" and "A:" lines in one paragraph', () => {
    expect(pairsOf(md('## FAQ', '', 'Q: What is X?', 'A: A group.', '', 'Q: Who leads it', 'A: The minister.'))).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      // No question mark is needed after a "Q:" label; the question is kept as written.
      { question: 'Who leads it', answer: 'The minister.' },
    ]);
  });

  it('"Q:" and "A:" in consecutive paragraphs, with more answer paragraphs', () => {
    const block = blockOf(md('## FAQ', '', 'Q: What is X?', '', 'A: A group.', '', 'It meets monthly.', '', 'Q: Who leads it?', '', 'A: The minister.'));
    expect(block?.pairs).toEqual([
      { question: 'What is X?', answer: 'A group. It meets monthly.', line: 3 },
      { question: 'Who leads it?', answer: 'The minister.', line: 9 },
    ]);
  });

  it('bold labels, "Question:"/"Answer:" labels, hard breaks and an answer label on the question line', () => {
    expect(
      pairsOf(
        md(
          '## FAQ',
          '',
          '**Q:** What is X?',
          '**A:** A group.',
          '',
          '**Question:** Who leads it?\\',
          '**Answer:** The minister.',
          '',
          'q: Why? a: Cost.',
          '',
          '**Q: When?**',
          '',
          '**A:** Monday.',
        ),
      ),
    ).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
      { question: 'Why?', answer: 'Cost.' },
      { question: 'When?', answer: 'Monday.' },
    ]);
  });

  it('"Q:"/"A:" in list items', () => {
    expect(pairsOf(md('## FAQ', '', '- Q: What is X?', '  A: A group.', '- **Q:** Who leads it? **A:** The minister.'))).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
    ]);
  });

  it('mixed shapes in one block', () => {
    const block = blockOf(
      md(
        '## Questions & Answers',
        '',
        '- What is X? A group.',
        '- **Who leads it?** The minister.',
        '',
        '**When does it meet?**',
        '',
        'Monthly.',
        '',
        '1. Where? In Mexico City.',
        '',
        'Q: Is it binding?',
        'A: No.',
        '',
        'What about trade? It is not covered.',
        '',
        '### Who pays?',
        '',
        'Both governments.',
        '',
        '## Background',
      ),
    );
    expect(block).toMatchObject({ start: 0, end: 9 });
    expect(block?.pairs).toEqual([
      { question: 'What is X?', answer: 'A group.', line: 3 },
      { question: 'Who leads it?', answer: 'The minister.', line: 4 },
      { question: 'When does it meet?', answer: 'Monthly.', line: 6 },
      { question: 'Where?', answer: 'In Mexico City.', line: 10 },
      // After a marked question, a paragraph continues its answer until the next marked question.
      { question: 'Is it binding?', answer: 'No. What about trade? It is not covered.', line: 12 },
      { question: 'Who pays?', answer: 'Both governments.', line: 17 },
    ]);
  });

  it('plain pairs after a list and a list after plain pairs', () => {
    expect(pairsOf(md('## FAQ', '', 'What is X? A group.', '', '- Who leads it? The minister.', '', 'Why? Cost.'))).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
      { question: 'Why?', answer: 'Cost.' },
    ]);
  });

  it('a list of pairs after an answered bold question is pairs, not more answer', () => {
    expect(pairsOf(md('## FAQ', '', '**What is X?** A group.', '', '- Who leads it? The minister.'))).toEqual([
      { question: 'What is X?', answer: 'A group.' },
      { question: 'Who leads it?', answer: 'The minister.' },
    ]);
  });

  it('ignores HTML comments, rules and reference definitions', () => {
    expect(pairsOf(md('## FAQ', '', '<!-- checked by the desk -->', '', '- What? [This][a].', '', '---', '', '[a]: https://example.com'))).toEqual([
      { question: 'What?', answer: 'This.' },
    ]);
  });

  it('is deterministic and leaves the tree as it was', () => {
    const tree = fromMarkdown(SEED);
    const before = structuredClone(tree);
    expect(findQaBlock(tree)).toEqual(findQaBlock(tree));
    expect(tree).toEqual(before);
  });
});

describe('findQaBlock: errors for items it cannot split', () => {
  it('a list item without a question mark: line, text, and how to fix it', () => {
    const error = errorOf(md('Lead.', '', '## Key Questions and Answers', '', '- What is X? A group.', '- What next'));
    expect(error).toBeInstanceOf(QaBlockError);
    expect(error.line).toBe(6);
    expect(error.text).toBe('What next');
    expect(error.message).toBe('line 6: "What next" in the Key Questions and Answers block has no question mark: write each item as "Question? Answer."');
  });

  it('a list item that is only a question has no answer', () => {
    const error = errorOf(md('## FAQ', '', '- What is X? A group.', '', '- What next?'));
    expect(error).toMatchObject({ line: 5, text: 'What next?' });
    expect(error.message).toContain('line 5');
    expect(error.message).toContain('"What next?"');
    expect(error.message).toContain('has no answer');
  });

  it('a bold question without an answer at the end of the block', () => {
    const error = errorOf(md('## FAQ', '', '**What is X?** A group.', '', '**What next?**', '', '## Background', '', 'Text.'));
    expect(error).toMatchObject({ line: 5, text: 'What next?' });
    expect(error.message).toContain('"What next?" in the FAQ block has no answer');
  });

  it('a "Q:" line followed by another "Q:" line before its "A:" has no answer, rather than joining the next question', () => {
    const error = errorOf(md('## Q&A', '', 'Q: When does it open?', 'Q: Who pays?', 'A: The city.'));
    expect(error).toMatchObject({ line: 3, text: 'When does it open?' });
    expect(error.message).toBe('line 3: "When does it open?" in the Q&A block has no answer: write "A: …" on the line after the question');
  });

  it('a question sub-heading with no answer under it', () => {
    const error = errorOf(md('## FAQ', '', '### What is X?', '', '### Who leads it?', '', 'The minister.'));
    expect(error).toMatchObject({ line: 3, text: 'What is X?' });
    expect(error.message).toMatch(/^line 3: "What is X\?" in the FAQ block has no answer: write the answer in a paragraph/);
  });

  it('a paragraph without a question mark at the start of the block, e.g. an introduction', () => {
    const error = errorOf(md('## FAQ:', '', 'Readers asked us about the deal.', '', '- What is X? A group.'));
    expect(error).toMatchObject({ line: 3, text: 'Readers asked us about the deal.' });
    expect(error.message).toContain('in the FAQ block has no question mark');
  });

  it('a paragraph after a plain pair does not continue it', () => {
    const error = errorOf(md('## FAQ', '', 'What is X? A group.', '', 'It meets *monthly*.'));
    expect(error).toMatchObject({ line: 5, text: 'It meets monthly.' });
  });

  it('an answer under a sub-heading that lacks its question mark hints at the heading', () => {
    const error = errorOf(md('## FAQ', '', '### What is X', '', 'A group.'));
    expect(error).toMatchObject({ line: 5, text: 'A group.' });
    expect(error.message).toContain('end the heading above with "?"');
  });

  it('an "A:" with no question before it', () => {
    const error = errorOf(md('## FAQ', '', 'A: A group.'));
    expect(error).toMatchObject({ line: 3, text: 'A: A group.' });
    expect(error.message).toContain('is an answer with no question before it');
  });

  it('content that is neither question nor answer', () => {
    const error = errorOf(md('## FAQ', '', '> A quote.'));
    expect(error).toMatchObject({ line: 3, text: 'A quote.' });
    expect(error.message).toContain('is not a question and answer');
  });

  it('a list that is not all pairs, outside any question', () => {
    const error = errorOf(md('## FAQ', '', '- Is it signed? Yes.', '- Tariffs fall.', '- Visas?'));
    expect(error).toMatchObject({ line: 4, text: 'Tariffs fall.' });
  });
});
