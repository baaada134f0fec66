/**
 * npm run entities -- <file.md> [more files]
 *
 * Prints the people, places and organisations the build would find in each briefing, as JSON
 * keyed by file, after the site's aliases (content/entities.yaml, or the entities.yaml beside
 * BRIEFINGS_DIR) and the briefing's own `entities` / `entitiesExclude` corrections. It renders
 * through the site's Markdown pipeline, so it prints what the page gets.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { checkBriefing, formatProblem } from '../src/lib/briefings/validate.ts';
import { markdownPipeline } from '../src/markdown/pipeline.ts';
import { buildPaths } from '../src/site.config.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run entities -- <briefing.md> [more briefings]');
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
    const { metadata } = await processor.render(checked.body, { frontmatter: { ...checked.data } });
    output[shown] = metadata.frontmatter.entities;
  } catch (error) {
    console.error(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
  }
}
console.log(JSON.stringify(output, null, 2));
process.exit(failed ? 1 : 0);
