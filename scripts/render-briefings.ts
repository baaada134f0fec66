import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatProblem } from '../src/lib/briefings/problems.ts';
import { checkBriefingFile } from '../src/lib/briefings/content-folder.ts';
import { createBriefingRenderer, type RenderedBriefing } from '../src/render/render-briefing.ts';
import { buildPaths } from '../src/site.config.ts';
import type { Command } from './command.ts';

/**
 * The shared body of the editor commands `qa` and `entities`: checks and renders each briefing
 * named on the command line exactly as the build does, and prints as JSON, keyed by file, what
 * `pick` takes from the result (`pick` may also explain, on `err`). Problems go to `err` in the
 * build's words; the status is 1 when any file has an error, 2 when no file was named.
 */
export function forEachBriefing(
  usage: string,
  pick: (rendered: RenderedBriefing, file: string, err: (text: string) => void) => unknown,
  aliasesFile = buildPaths.entityAliases,
): Command {
  return async (files, { out, err }) => {
    if (files.length === 0) {
      err(`Usage: ${usage}`);
      return 2;
    }
    const render = await createBriefingRenderer({ aliasesFile });
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
        for (const problem of problems) err(formatProblem(problem));
        if (!rendered || problems.some((problem) => problem.severity === 'error')) failed = true;
        else output[file] = pick(rendered, file, err);
      } catch (error) {
        err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
      }
    }
    out(JSON.stringify(output, null, 2));
    return failed ? 1 : 0;
  };
}
