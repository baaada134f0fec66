import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsByBlock from '../../../src/render/remark-smartypants-by-block.ts';

// Typography block by block must give what Astro's smartypants gives on the whole body, and an
// em dash for a triple hyphen, which Astro's leaves as it is.
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
    expect(expected).toContain('Second’s --- item');
    expect((await byBlock.render(SAMPLE)).code).toBe(expected.replace('Second’s --- item', 'Second’s — item'));
  });

  it('makes a triple hyphen an em dash in text, never in code', async () => {
    const byBlock = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [remarkSmartypantsByBlock] });
    const { code } = await byBlock.render('Three methods---DNS-01, HTTP-01---are allowed; `a---b` stays.\n\n---\n\nAfter the rule.');
    expect(code).toContain('Three methods—DNS-01, HTTP-01—are allowed; <code>a---b</code> stays.');
    expect(code).toContain('<hr>');
  });
});
