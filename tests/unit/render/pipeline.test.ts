import { describe, expect, it } from 'vitest';
import { briefingFile, createBriefingProcessor } from '../../../src/render/processor.ts';

const processor = createBriefingProcessor();
const render = async (markdown: string) => {
  const file = await processor.process(briefingFile(markdown));
  return { code: String(file.value), data: file.data };
};

describe('the briefing Markdown pipeline', () => {
  it('gives h2 and h3 headings slug ids and an anchor link after them, joined to the last word, grouped with the heading', async () => {
    const { code } = await render('## U.S. Military Actions\n\nText.\n\n### Sheinbaum’s Stance\n\nMore.');
    expect(code).toContain(
      '<div class="heading-wrapper level-h2"><h2 id="us-military-actions">U.S. Military Actions</h2>' +
        '<a class="anchor-link" data-pagefind-ignore="" href="#us-military-actions"><span aria-hidden="true">\u2060#</span>' +
        '<span class="sr-only">Section titled “U.S. Military Actions”</span></a></div>',
    );
    expect(code).toContain('<h3 id="sheinbaums-stance">Sheinbaum’s Stance</h3>');
    expect(code).toContain('href="#sheinbaums-stance"');
  });

  it('gives headings that slug alike distinct ids', async () => {
    const { code } = await render('## Context\n\nA.\n\n## Context\n\nB.');
    expect(code).toContain('id="context"');
    expect(code).toContain('id="context-1"');
  });

  it('adds no anchor link to h4 and deeper headings', async () => {
    const { code } = await render('#### Small print\n\nText.');
    expect(code).toContain('<h4 id="small-print">Small print</h4>');
    expect(code).not.toContain('anchor-link');
  });

  it('hands the lead summary to the page as the file’s data', async () => {
    const { data } = await render('## Background\n\nThe group met on Tuesday. It agreed to meet again.');
    expect(data.leadSummary).toBe('The group met on Tuesday. It agreed to meet again.');
  });
});

describe('Key Questions and Answers in the pipeline', () => {
  it('links generated questions to ids that rehype-slug really gave the headings', async () => {
    const markdown = [
      '## Formation of High-Level Security Group',
      'Both the U.S. and Mexico announced the establishment of a high-level group that will meet regularly to monitor mutual commitments between the two governments. These include countering drug cartels and preventing fuel theft.',
      '## Sheinbaum’s Stance on `U.S.` Military Involvement',
      'Claudia Sheinbaum, who has emphasized that any U.S. military intervention in Mexico is a red line, has sought a pragmatic relationship with Washington. She has cooperated on migration.',
      '## Formation of High-Level Security Group',
      'A second section with the same title repeats that the high-level group will meet regularly and report to both presidents every three months.',
    ].join('\n\n');
    const { code, data } = await render(markdown);
    const pairs = data.keyQuestions?.pairs ?? [];
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(code).toContain(`id="${pair.sectionId}"`);
  });

  it('takes the editor’s Q&A block out of the rendered body', async () => {
    const { code, data } = await render('## News\n\nSomething happened today in the capital.\n\n## FAQ\n\n- Why? Because it rained.');
    expect(code).not.toContain('Because it rained');
    expect(data.keyQuestions).toMatchObject({ source: 'parsed', pairs: [{ question: 'Why?', answer: 'Because it rained.' }] });
  });
});
