import { existsSync, readFileSync } from 'node:fs';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import { BUILT_IN_ALIASES, EntityAliasesError, parseAliases } from '../lib/entities/aliases.ts';
import type { EntityAliases } from '../lib/entities/types.ts';
import { site } from '../site.config.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import remarkEntities from './remark-entities.ts';
import remarkImagePaths from './remark-image-paths.ts';
import remarkKeyQuestions from './remark-key-questions.ts';
import rehypeImageSize from './rehype-image-size.ts';
import rehypeBodyIds from './rehype-body-ids.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkLeadSummary from './remark-lead-summary.ts';
import remarkSmartypantsByBlock from './remark-smartypants-by-block.ts';

/** The site settings that change what a rendered briefing contains (and so are part of its cache key). */
export const RENDER_SETTINGS = { qaCount: site.qaCount, lang: site.lang };

/**
 * The Markdown pipeline of every briefing, in one place so the site (render-briefing.ts), the
 * scripts and the tests render with exactly the same plugins. `aliasesFile` is the site's
 * entities.yaml, if any; `publicDir` the folder site images are measured in.
 */
export function markdownPipeline(options: { aliasesFile?: string | undefined; publicDir?: string | undefined } = {}) {
  const aliases = options.aliasesFile && existsSync(options.aliasesFile) ? siteAliases(options.aliasesFile) : BUILT_IN_ALIASES;
  return {
    // Astro's own smartypants reads the whole body as one run of text, which takes minutes on a
    // very long briefing; the same typography is applied block by block, before anything else.
    smartypants: false,
    // Key questions next: an editor's Q&A block leaves the body before anything else reads it.
    remarkPlugins: [
      remarkSmartypantsByBlock,
      [remarkKeyQuestions, { count: RENDER_SETTINGS.qaCount, lang: RENDER_SETTINGS.lang }],
      remarkLeadSummary,
      [remarkEntities, { aliases }],
      // Last, so Astro's image collection after it only ever sees addresses that can be published.
      remarkImagePaths,
    ],
    // Safe HTML first, so ids and links the later plugins add are never touched by it.
    // Links to other sites get rel="noopener noreferrer" (they open in the same tab).
    // Body ids are kept apart from the layout's after rehype-slug has made the heading ids.
    rehypePlugins: [rehypeSafeHtml, [rehypeImageSize, { publicDir: options.publicDir }], [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }], rehypeSlug, rehypeBodyIds, [rehypeAutolinkHeadings, headingAnchorOptions]],
  } satisfies UnifiedProcessorOptions;
}

/**
 * The site's aliases, or the built-in ones alone while its entities.yaml has a mistake: that
 * mistake is reported with its file and line among every other problem (check-and-render.ts),
 * which stops the build, so setting up the pipeline (also when Astro loads its config) never
 * stops with a stack trace first.
 */
function siteAliases(file: string): EntityAliases {
  try {
    return parseAliases(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof EntityAliasesError) return BUILT_IN_ALIASES;
    throw error;
  }
}
