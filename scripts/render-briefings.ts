import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblem } from '../src/lib/briefings/problems.ts';
import { checkBriefingFile } from '../src/lib/briefings/content-folder.ts';
import { createBriefingRenderer, type RenderedBriefing } from '../src/render/render-briefing.ts';
import { buildPaths } from '../src/site.config.ts';

/**
 * The shared body of the editor scripts (`qa`, `entities`): checks and renders each briefing
 * named on the command line exactly as the build does, and prints as JSON, keyed by file, what
 * `pick` takes from the result. Problems go to stderr in the build's words; the exit code is 1
 * when any file has an error, 2 when no file was named.
 */
export async function printForEachBriefing(usage: string, pick: (rendered: RenderedBriefing, file: string) => unknown): Promise<never> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  const render = await createBriefingRenderer({ aliasesFile: buildPaths.entityAliases });
  const output: Record<string, unknown> = {};
  let failed = false;
  for (const path of files) {
    const file = relative(process.cwd(), resolve(path));
    try {
      const checked = checkBriefingFile(file, readFileSync(path));
      const rendered = checked.ok
        ? await render({ file, absolutePath: resolve(path), body: checked.body, bodyLine: checked.bodyLine, frontmatter: checked.data })
        : undefined;
      const problems = [...checked.problems, ...(rendered?.problems ?? [])];
      for (const problem of problems) console.error(formatProblem(problem));
      if (!rendered || problems.some((problem) => problem.severity === 'error')) failed = true;
      else output[file] = pick(rendered, file);
    } catch (error) {
      console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  console.log(JSON.stringify(output, null, 2));
  process.exit(failed ? 1 : 0);
}
