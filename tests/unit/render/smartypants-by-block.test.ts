import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsByBlock from '../../../src/render/remark-smartypants-by-block.ts';

// Typography block by block must give exactly what Astro's smartypants gives on the whole body.
const SAMPLE = [
  '## "Quoted" heading -- with a dash...',
  '"It\'s [the "bridge"](https://example.com) and **"bold" quotes**," she said -- \'twas the `"code"` she\'d typed...',
  '> "A quote in a quote," he said.\n>\n> \'Single\' and "double".',
  '- "First" item\n- Second\'s --- item\n  - "Nested"',
  '| "A" | \'B\' |\n| --- | --- |\n| "cell" -- one | it\'s... |',
  '"An opening quote at a block\'s start" and one at the end: "',
].join('\n\n');

describe('remarkSmartypantsByBlock', () => {
  it('gives the same quotes, apostrophes, dashes and ellipses as Astro’s smartypants', async () => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: false });
    const byBlock = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [remarkSmartypantsByBlock] });
    const expected = (await astro.render(SAMPLE)).code;
    expect(expected).toContain('“Quoted” heading — with a dash…');
    expect((await byBlock.render(SAMPLE)).code).toBe(expected);
  });
});
