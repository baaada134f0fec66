import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { leadSummary } from '../lib/briefings/summary.ts';

/**
 * Derives the lead summary while the Markdown is parsed anyway, and hands it to the page as
 * `leadSummary` in the rendered entry's frontmatter metadata. The content layer caches rendered
 * entries by content digest, so the work is done once per change of the file.
 */
export default function remarkLeadSummary() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, leadSummary: leadSummary(tree) };
  };
}
