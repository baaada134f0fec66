import type { BriefingProblem } from '../lib/briefings/problems.ts';
import type { BriefingEntities } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { briefingFile, createBriefingProcessor, type RenderSetup } from './processor.ts';
import { type ImageFileUse, problemsOf, type RenderedHeading, type RenderFrontmatter } from './render-data.ts';

/** What rendering gives a page: the body's HTML and what was derived from it on the way. */
export interface RenderedBriefing {
  html: string;
  headings: RenderedHeading[];
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
  /** The validated front matter (only the fields the render step reads are needed). */
  frontmatter: RenderFrontmatter;
}

export type BriefingRenderer = (input: RenderInput) => Promise<RenderedBriefing>;

/** The site's briefing processor (processor.ts), set up once and used for every briefing. */
export async function createBriefingRenderer(setup: RenderSetup): Promise<BriefingRenderer> {
  const processor = createBriefingProcessor(setup);
  return async ({ file, absolutePath, body, bodyLine, frontmatter }) => {
    const result = await processor.process(briefingFile(body, frontmatter, absolutePath));
    return {
      html: String(result.value),
      headings: result.data.headings ?? [],
      leadSummary: result.data.leadSummary,
      keyQuestions: result.data.keyQuestions ?? { source: 'none', pairs: [], reason: 'the briefing could not be rendered' },
      entities: result.data.entities ?? { people: [], places: [], organizations: [] },
      problems: problemsOf(result).map(({ line, message, severity }) => ({
        file,
        line: line === undefined ? undefined : line + bodyLine - 1,
        message,
        severity,
      })),
      imageFiles: result.data.imageFiles ?? [],
    };
  };
}
