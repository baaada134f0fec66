import type { VFile } from 'vfile';
import type { BriefingData } from '../lib/briefings/schema.ts';
import type { BriefingEntities } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';

/** The front matter fields the render step reads: the title, and the editor's Q&A and entity corrections. */
export type RenderFrontmatter = Partial<Pick<BriefingData, 'title' | 'qa' | 'entities' | 'entitiesExclude'>>;

/** A heading of the body, with the id the page links to. */
export interface RenderedHeading {
  depth: number;
  id: string;
  text: string;
}

/**
 * A file in `public/` a rendered briefing depends on (a picture it was measured from), and what
 * the file was when it was measured: its size and modification time, or "missing".
 */
export interface ImageFileUse {
  path: string;
  signature: string;
}

// What the render step's plugins read and write on the file they process: declared once, typed
// everywhere. A plugin reads `file.data.frontmatter` and sets its own result; problems travel as
// vfile messages (see reportProblem).
declare module 'vfile' {
  interface DataMap {
    frontmatter: RenderFrontmatter;
    keyQuestions: KeyQuestions;
    leadSummary: string | undefined;
    entities: BriefingEntities;
    headings: RenderedHeading[];
    imageFiles: ImageFileUse[];
  }
}

/** A problem found while rendering a briefing's body; `line` counts from the body's first line. */
export interface RenderProblem {
  line?: number | undefined;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Reports a problem with the body as a message on the file, at its line. An error is marked
 * fatal but not thrown, so every problem of every briefing is reported together; the render
 * step collects them with `problemsOf`, and they are kept with the rendered result (and its
 * cache), so a cached briefing reports the same problems on every build until it is fixed.
 */
export function reportProblem(file: VFile, { line, message, severity }: RenderProblem): void {
  const reported = file.message(message, line === undefined ? undefined : { line, column: 1 });
  reported.fatal = severity === 'error';
}

/** The problems reported on a file, in the order they were found. */
export function problemsOf(file: VFile): RenderProblem[] {
  return file.messages.map((message) => ({ line: message.line ?? undefined, message: message.reason, severity: message.fatal ? 'error' : 'warning' }));
}
