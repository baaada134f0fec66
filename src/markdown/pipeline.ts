import { existsSync, readFileSync } from 'node:fs';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import { BUILT_IN_ALIASES, parseAliases } from '../lib/entities/aliases.ts';
import { site } from '../site.config.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import remarkEntities from './remark-entities.ts';
import remarkKeyQuestions from './remark-key-questions.ts';
import rehypeImageSize from './rehype-image-size.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkLeadSummary from './remark-lead-summary.ts';
import remarkSmartypantsByBlock from './remark-smartypants-by-block.ts';

/**
 * The Markdown pipeline of every briefing, in one place so the site (render-briefing.ts), the
 * scripts and the tests render with exactly the same plugins. `aliasesFile` is the site's
 * entities.yaml, if any; `publicDir` the folder site images are measured in.
 */
export function markdownPipeline(options: { aliasesFile?: string | undefined; publicDir?: string | undefined } = {}) {
  const aliases = options.aliasesFile && existsSync(options.aliasesFile) ? parseAliases(readFileSync(options.aliasesFile, 'utf8'), options.aliasesFile) : BUILT_IN_ALIASES;
  return {
    // Astro's own smartypants reads the whole body as one run of text, which takes minutes on a
    // very long briefing; the same typography is applied block by block, before anything else.
    smartypants: false,
    // Key questions next: an editor's Q&A block leaves the body before anything else reads it.
    remarkPlugins: [
      remarkSmartypantsByBlock,
      [remarkKeyQuestions, { count: site.qaCount, lang: site.lang }],
      remarkLeadSummary,
      [remarkEntities, { aliases }],
    ],
    // Safe HTML first, so ids and links the later plugins add are never touched by it.
    // Links to other sites get rel="noopener noreferrer" (they open in the same tab).
    rehypePlugins: [rehypeSafeHtml, [rehypeImageSize, { publicDir: options.publicDir }], [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }], rehypeSlug, [rehypeAutolinkHeadings, headingAnchorOptions]],
  } satisfies UnifiedProcessorOptions;
}
