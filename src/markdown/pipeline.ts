import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { headingAnchorOptions } from './heading-anchors.ts';
import remarkLeadSummary from './remark-lead-summary.ts';

/**
 * The Markdown pipeline of every briefing, in one list so the site (astro.config.mjs) and the
 * tests render with exactly the same plugins.
 */
export const markdownPipeline = {
  remarkPlugins: [remarkLeadSummary],
  rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingAnchorOptions]],
} satisfies UnifiedProcessorOptions;
