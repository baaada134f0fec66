import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { BUILT_IN_ALIASES, EntityAliasesError, parseAliases } from '../lib/entities/aliases.ts';
import type { EntityAliases } from '../lib/entities/types.ts';
import { rehypeBodyTextKept, remarkBodyTextNoted } from './body-text-kept.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import rehypeBodyIds from './rehype-body-ids.ts';
import rehypeCollectHeadings from './rehype-collect-headings.ts';
import rehypeImageSize from './rehype-image-size.ts';
import rehypeSafeHtml from './rehype-safe-html.ts';
import remarkEntities from './remark-entities.ts';
import remarkImagePaths from './remark-image-paths.ts';
import remarkKeyQuestions from './remark-key-questions.ts';
import remarkLeadSummary from './remark-lead-summary.ts';
import remarkSmartypantsByBlock from './remark-smartypants-by-block.ts';
import type { RenderFrontmatter } from './render-data.ts';
import { RENDER_SETTINGS } from './settings.ts';

/** Where the render step finds the site's entities.yaml, if any, and the folder pictures are measured in. */
export interface RenderSetup {
  aliasesFile?: string | undefined;
  publicDir?: string | undefined;
}

/**
 * The Markdown processor of every briefing, in one place so the site, the scripts and the tests
 * render with exactly the same plugins. Each plugin writes its typed result to `file.data`
 * (render-data.ts) and reports problems as messages on the file.
 */
export function createBriefingProcessor(setup: RenderSetup = {}) {
  const aliases = setup.aliasesFile && existsSync(setup.aliasesFile) ? siteAliases(setup.aliasesFile) : BUILT_IN_ALIASES;
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Curly quotes and dashes first, block by block (one run over a long body is quadratic).
      .use(remarkSmartypantsByBlock)
      // Key questions next: an editor's Q&A block leaves the body before anything else reads it.
      .use(remarkKeyQuestions, { count: RENDER_SETTINGS.qaCount, lang: RENDER_SETTINGS.lang })
      .use(remarkLeadSummary)
      .use(remarkEntities, { aliases })
      .use(remarkImagePaths)
      // What the editor wrote in Markdown, to make sure the page shows all of it (body-text-kept.ts).
      .use(remarkBodyTextNoted)
      .use(remarkRehype, { allowDangerousHtml: true })
      // Safe HTML first, so ids and links the later plugins add are never touched by it.
      // Links to other sites get rel="noopener noreferrer" (they open in the same tab).
      // Body ids are kept apart from the layout's after rehype-slug has made the heading ids.
      .use(rehypeSafeHtml)
      .use(rehypeImageSize, { publicDir: setup.publicDir })
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
      .use(rehypeSlug)
      .use(rehypeBodyIds)
      .use(rehypeAutolinkHeadings, headingAnchorOptions)
      .use(rehypeCollectHeadings)
      .use(rehypeRaw)
      .use(rehypeBodyTextKept)
      .use(rehypeStringify, { allowDangerousHtml: true })
      .freeze()
  );
}

/** A file for the processor: the body, where it came from, and the front matter its plugins read. */
export function briefingFile(body: string, frontmatter: RenderFrontmatter = {}, path?: string): VFile {
  return new VFile({ value: body, path, data: { frontmatter } });
}

/**
 * A parser giving the mdast tree the Key Questions plugin sees on the site: the same parsing,
 * GFM and curly quotes as the briefing processor, stopped where that plugin runs.
 */
export function createTreeParser(): (markdown: string) => Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypantsByBlock).freeze();
  return (markdown) => processor.runSync(processor.parse(markdown)) as Root;
}

/**
 * The site's aliases, or the built-in ones alone while its entities.yaml has a mistake: that
 * mistake is reported with its file and line among every other problem (check-and-render.ts),
 * which stops the build, so setting up the processor never stops with a stack trace first.
 */
function siteAliases(file: string): EntityAliases {
  try {
    return parseAliases(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof EntityAliasesError) return BUILT_IN_ALIASES;
    throw error;
  }
}
