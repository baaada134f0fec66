import type { VFile } from 'vfile';

/** A problem found while rendering a briefing's body; `line` counts from the body's first line. */
export interface RenderProblem {
  line?: number | undefined;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Records a problem in the rendered metadata, where render-briefing.ts collects it with the file
 * name and the file's line numbers. Kept with the rendered result (and its cache), so a cached
 * briefing reports the same problems on every build until the file is fixed.
 */
export function reportRenderProblem(file: VFile, problem: RenderProblem): void {
  const astro = (file.data.astro ??= {});
  const frontmatter = (astro.frontmatter ??= {});
  frontmatter.renderProblems = [...renderProblemsOf(frontmatter), problem];
}

export function renderProblemsOf(frontmatter: Record<string, unknown>): RenderProblem[] {
  return Array.isArray(frontmatter.renderProblems) ? (frontmatter.renderProblems as RenderProblem[]) : [];
}
