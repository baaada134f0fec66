/**
 * npm run qa -- <file.md> [more files]
 *
 * Prints the Key Questions and Answers the build would show for each briefing, as JSON keyed by
 * file: [{ question, answer, section, sectionId, source }]. It renders each file through the
 * site's own Markdown pipeline, so what it prints is what the page gets. When a briefing gets no
 * questions, the reason goes to stderr. Exits with 1 when a file cannot be read or checked.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { checkBriefing, formatProblem } from '../src/lib/briefings/validate.ts';
import type { KeyQuestions } from '../src/lib/qa/types.ts';
import { markdownPipeline } from '../src/markdown/pipeline.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run qa -- <briefing.md> [more briefings]');
  process.exit(2);
}

const processor = await createMarkdownProcessor(markdownPipeline());
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
    if (problems.length > 0) {
      for (const problem of problems) console.error(problem);
      failed = true;
      continue;
    }
    const result = metadata.frontmatter.keyQuestions as KeyQuestions;
    output[shown] = result.pairs.map(({ question, answer, section, sectionId, source }) => ({
      question,
      answer,
      section: section ?? null,
      sectionId: sectionId ?? null,
      source,
    }));
    if (result.pairs.length === 0) console.error(`${shown}: no questions: ${result.reason ?? 'none were found'}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    failed = true;
  }
}
console.log(JSON.stringify(output, null, 2));
process.exit(failed ? 1 : 0);
