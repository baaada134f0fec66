/** One thing wrong with a briefing file, said so an editor can find and fix it. */
export interface BriefingProblem {
  /** The file, relative to the project, as the editor knows it. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number | undefined;
  /** The front-matter field, e.g. `image.alt`. */
  field?: string | undefined;
  message: string;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
}

/** "content/briefings/x.md:4: `date` …": one line per problem, the way editors and tools read it. */
export function formatProblem(problem: BriefingProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const what = problem.field ? `\`${problem.field}\` ${problem.message}` : problem.message;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${what}`;
}

export function errorsIn(problems: readonly BriefingProblem[]): BriefingProblem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/** The message a failed build or check ends with: every error of every file, together. */
export function problemsReport(problems: readonly BriefingProblem[]): string {
  const errors = errorsIn(problems);
  const files = new Set(errors.map((problem) => problem.file)).size;
  const heading = `${errors.length === 1 ? 'A briefing needs' : `${errors.length} problems in ${files === 1 ? '1 briefing' : `${files} briefings`} need`} fixing before the site can be built:`;
  return [heading, ...errors.map((problem) => `  - ${formatProblem(problem)}`)].join('\n');
}
