import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { BriefingProblem } from '../lib/briefings/problems.ts';
import type { BriefingEntities } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { type ImageFileUse, imageFilesOf } from './image-files.ts';
import { markdownPipeline } from './pipeline.ts';
import { renderProblemsOf } from './render-problems.ts';

/** What rendering gives a page: the body's HTML and what was derived from it on the way. */
export interface RenderedBriefing {
  html: string;
  headings: Array<{ depth: number; id: string; text: string }>;
  /** The lead paragraph's opening sentences, the summary when the editor wrote none. */
  leadSummary: string | undefined;
  keyQuestions: KeyQuestions;
  entities: BriefingEntities;
  /** Problems only rendering can find: a Q&A block that cannot be read (error), HTML removed (warning). */
  problems: BriefingProblem[];
  /** The pictures in public/ the body was measured from, as they were: a change to one renders it again. */
  imageFiles?: ImageFileUse[] | undefined;
}

/** A briefing ready to render: its body, its validated front matter, and where it came from. */
export interface RenderInput {
  /** The file as messages name it. */
  file: string;
  absolutePath: string;
  body: string;
  /** The file line where the body starts, so problems can name lines of the file. */
  bodyLine: number;
  frontmatter: Record<string, unknown>;
}

export type BriefingRenderer = (input: RenderInput) => Promise<RenderedBriefing>;

/** The site's Markdown pipeline (pipeline.ts), set up once and used for every briefing. */
export async function createBriefingRenderer(options: { aliasesFile?: string | undefined; publicDir?: string | undefined }): Promise<BriefingRenderer> {
  // Syntax highlighters colour code with inline styles, which the Content-Security-Policy
  // forbids; briefings show code, if ever, as plain preformatted text.
  const processor = await createMarkdownProcessor({ ...markdownPipeline(options), syntaxHighlight: false });
  return async ({ file, absolutePath, body, bodyLine, frontmatter }) => {
    const { code, metadata } = await processor.render(body, { frontmatter, fileURL: pathToFileURL(absolutePath) });
    const derived = metadata.frontmatter as { leadSummary?: string; keyQuestions?: KeyQuestions; entities?: BriefingEntities };
    return {
      html: code,
      headings: (metadata.headings as MarkdownHeading[]).map((heading) => ({ depth: heading.depth, id: heading.slug, text: heading.text })),
      leadSummary: derived.leadSummary,
      keyQuestions: derived.keyQuestions ?? { source: 'none', pairs: [], reason: 'the briefing could not be rendered' },
      entities: derived.entities ?? { people: [], places: [], organizations: [] },
      problems: renderProblemsOf(metadata.frontmatter).map(({ line, message, severity }) => ({ file, line: line === undefined ? undefined : line + bodyLine - 1, message, severity })),
      imageFiles: imageFilesOf(metadata.frontmatter),
    };
  };
}
