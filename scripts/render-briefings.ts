import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { checkBriefing, formatProblem } from '../src/lib/briefings/validate.ts';
import { markdownPipeline } from '../src/markdown/pipeline.ts';
import { buildPaths } from '../src/site.config.ts';

/**
 * The shared body of the editor scripts (`qa`, `entities`): renders each briefing named on the
 * command line through the site's own pipeline, as the build would, and prints as JSON, keyed by
 * file, what `pick` takes from the rendered metadata. Problems go to stderr; the exit code is 1
 * when any file could not be checked, 2 when no file was named.
 */
export async function printForEachBriefing(usage: string, pick: (frontmatter: Record<string, unknown>, file: string) => unknown): Promise<never> {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  const processor = await createMarkdownProcessor(markdownPipeline({ aliasesFile: buildPaths.entityAliases }));
  const output: Record<string, unknown> = {};
  let failed = false;
  for (const file of files) {
    const shown = relative(process.cwd(), resolve(file));
    try {
      const checked = checkBriefing(shown, readFileSync(file, 'utf8'));
      if (!checked.ok) {
        for (const problem of checked.problems) console.error(formatProblem(problem));
        failed = true;
        continue;
      }
      const { metadata } = await processor.render(checked.body, { frontmatter: { ...checked.data }, fileURL: pathToFileURL(resolve(file)) });
      const problems = (metadata.frontmatter.renderProblems ?? []) as string[];
      for (const problem of problems) console.error(problem);
      if (problems.length > 0) failed = true;
      else output[shown] = pick(metadata.frontmatter, shown);
    } catch (error) {
      console.error(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  console.log(JSON.stringify(output, null, 2));
  process.exit(failed ? 1 : 0);
}
