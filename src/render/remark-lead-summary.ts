import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { leadSummary } from '../lib/briefings/summary.ts';

/**
 * Derives the lead summary while the Markdown is parsed anyway, and hands it to the page as
 * `file.data.leadSummary`, cached with the rendered briefing.
 */
export default function remarkLeadSummary() {
  return (tree: Root, file: VFile) => {
    file.data.leadSummary = leadSummary(tree);
  };
}
