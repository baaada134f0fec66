import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { createBriefingRenderer } from '../../../src/render/render-briefing.ts';

const renderBriefing = await createBriefingRenderer({});

/** Renders Markdown as the build does; the errors an editor would see (body on line 1). */
async function errorsOf(markdown: string) {
  const rendered = await renderBriefing({ file: 'x.md', absolutePath: '/x.md', body: markdown, bodyLine: 1, frontmatter: { title: 'A' } });
  return rendered.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

describe('everything written in Markdown reaches the page', () => {
  it('stops a briefing whose HTML comment, <script>, <style> or <textarea> block is never closed, at its line', async () => {
    for (const opened of ['<!-- to check', '<script>', '<STYLE type="text/css">', '<textarea rows="3">'])
      await expect(errorsOf(`The lead.\n\n${opened}\n\n## Later\n\nMore text.`)).resolves.toEqual([
        expect.stringMatching(/^x\.md:3: opens an? (HTML comment|`<\w+>` element) .*never closed.*everything after it would be missing from the page/),
      ]);
  });

  it('stops a briefing when an element left open takes in the headings after it, at the first one lost', async () => {
    const opened = ['A note on <template> in passing.', '<title>Draft', '<xmp>', '<noembed>', '<iframe src="https://www.youtube.com/embed/x">'];
    for (const paragraph of opened)
      await expect(errorsOf(`The lead.\n\n${paragraph}\n\n## What changes\n\nThe rest.`)).resolves.toEqual([
        expect.stringMatching(/^x\.md:5: the text from this line on \(“What changes”\) would be missing from the page/),
      ]);
  });

  it('stops a briefing whose Markdown sits inside an element that is removed with its content, naming both fixes', async () => {
    await expect(errorsOf('The lead.\n\n<noscript>\n\nText for readers without scripts.\n\n</noscript>\n\nMore text.')).resolves.toEqual([
      expect.stringMatching(
        /^x\.md:5: the text from this line on \(“Text for readers without scripts\.”\) would be missing from the page: it is inside an HTML element .* close that element, or take the text out of it$/,
      ),
    ]);
  });

  it('stops a body with no text left once comments and removed elements are gone, and only then', async () => {
    await expect(errorsOf('\n<!-- to come -->')).resolves.toEqual([expect.stringMatching(/^x\.md:2: has no text on the page/)]);
    await expect(errorsOf('<noscript>Turn on scripts</noscript>')).resolves.toEqual([expect.stringMatching(/^x\.md:1: has no text on the page/)]);
    // A picture or a player is content enough.
    await expect(errorsOf('![The new bridge at dusk](https://example.com/bridge.jpg)')).resolves.toEqual([]);
    await expect(errorsOf('<iframe src="https://www.youtube.com/embed/x" title="The vote"></iframe>')).resolves.toEqual([]);
  });

  it('leaves alone what the page shows in its own way: closed HTML, footnotes, links, code and quotes', async () => {
    const body = [
      'The lead, with a note[^1] and a [link](https://example.com) and `code` and "quotes".',
      '',
      '<details><summary>More</summary>Hidden until opened.</details>',
      '',
      '## A section *with emphasis*',
      '',
      '> A quotation that goes on.',
      '',
      '- A list item',
      '',
      '[^1]: The note.',
      '',
      '[^2]: A note nothing refers to, which GFM leaves off the page.',
    ].join('\n');
    await expect(errorsOf(body)).resolves.toEqual([]);
  });
});
