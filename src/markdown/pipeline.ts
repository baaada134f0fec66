import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { site } from '../site.config.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import remarkKeyQuestions from './remark-key-questions.ts';
import remarkLeadSummary from './remark-lead-summary.ts';

/**
 * The Markdown pipeline of every briefing, in one place so the site (astro.config.mjs), the
 * `qa` script and the tests render with exactly the same plugins. `renderDigest` (see
 * render-digest.ts) only serves to invalidate Astro's cache of rendered entries.
 */
export function markdownPipeline(options: { renderDigest?: string } = {}) {
  return {
    // Key questions first: an editor's Q&A block leaves the body before anything else reads it.
    remarkPlugins: [[remarkKeyQuestions, { count: site.qaCount, lang: site.lang, renderDigest: options.renderDigest }], remarkLeadSummary],
    rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingAnchorOptions]],
  } satisfies UnifiedProcessorOptions;
}
