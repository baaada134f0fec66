import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { markdownPipeline } from '../../markdown/pipeline.ts';
import remarkSmartypantsByBlock from '../../markdown/remark-smartypants-by-block.ts';

/**
 * A parser giving the mdast tree the Key Questions plugin sees on the site: the same Markdown
 * processor and options as the pipeline (GFM, smartypants quotes and dashes), with the tree
 * captured where that plugin runs, before any other plugin changes it.
 */
export async function createTreeParser(): Promise<(markdown: string) => Promise<Root>> {
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  const processor = await createMarkdownProcessor({ ...markdownPipeline(), remarkPlugins: [remarkSmartypantsByBlock, capture], rehypePlugins: [], syntaxHighlight: false });
  return async (markdown) => {
    captured = undefined;
    await processor.render(markdown);
    if (!captured) throw new Error('the Markdown processor did not run its remark plugins');
    return captured;
  };
}
