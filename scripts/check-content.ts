/**
 * npm run check:content
 *
 * Checks every briefing the way the build does (encoding, front matter, body, addresses, the Q&A
 * block, HTML that would be removed) without building any page, and prints every problem with
 * its file and line. Exits with 1 when there is an error; warnings alone do not fail. Rendered
 * results are kept in the build's cache, so the build that follows does not render them again.
 */
import { errorsIn, formatProblem, problemsReport } from '../src/lib/briefings/problems.ts';
import { checkAndRender } from '../src/build/check-and-render.ts';
import { buildPaths } from '../src/site.config.ts';
import { runAsProgram, type Command } from './command.ts';

/** The command for the briefings at `paths` (the build's: BRIEFINGS_DIR or content/briefings). */
export function checkContent(paths: Pick<typeof buildPaths, 'briefings' | 'entityAliases' | 'cache' | 'public'> = buildPaths): Command {
  return async (_args, { out, err }) => {
    const started = performance.now();
    const { briefings, problems } = await checkAndRender(
      { briefings: paths.briefings, entityAliases: paths.entityAliases, cache: paths.cache, publicDir: paths.public },
      { includeDrafts: true },
    );
    const warnings = problems.filter((problem) => problem.severity === 'warning');
    for (const warning of warnings) err(formatProblem(warning));
    const errors = errorsIn(problems);
    if (errors.length > 0) err(problemsReport(problems));
    // Problems may also name the site's entities.yaml, which is not a briefing.
    const files = new Set([
      ...briefings.map((briefing) => briefing.file),
      ...problems.map((problem) => problem.file).filter((file) => /\.(md|markdown)$/i.test(file)),
    ]).size;
    out(
      `Checked ${files} ${files === 1 ? 'briefing' : 'briefings'} in ${paths.briefings} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`,
    );
    return errors.length > 0 ? 1 : 0;
  };
}

await runAsProgram(import.meta, checkContent());
