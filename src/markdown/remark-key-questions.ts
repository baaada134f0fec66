import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { keyQuestions } from '../lib/qa/key-questions.ts';
import { QaBlockError } from '../lib/qa/parse-block.ts';

/**
 * Decides each briefing's Key Questions and Answers while its Markdown is parsed (front matter
 * `qa`, else the editor's Q&A block, which is taken out of the body, else generated questions)
 * and hands them to the page as `keyQuestions` in the rendered entry's frontmatter metadata,
 * cached with the rendered entry.
 *
 * A Q&A block that cannot be parsed is reported as `renderProblems` rather than thrown: Astro's
 * content loader only logs errors thrown while rendering, and would cache the entry without them.
 * Stored with the entry, the problem fails every build until the file is fixed.
 */
export default function remarkKeyQuestions(options: { count: number; lang: string }) {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = astro.frontmatter ?? {};
    try {
      const result = keyQuestions(tree, { qa: editorPairs(frontmatter.qa), count: options.count, lang: options.lang });
      astro.frontmatter = { ...frontmatter, keyQuestions: result };
    } catch (error) {
      if (!(error instanceof QaBlockError)) throw error;
      astro.frontmatter = { ...frontmatter, renderProblems: [problemMessage(error, file)] };
    }
  };
}

/** "content/briefings/x.md: line 14: …", with the line counted in the whole file, front matter included. */
function problemMessage(error: QaBlockError, file: VFile): string {
  if (!file.path) return error.message;
  const source = readFileSync(file.path, 'utf8');
  const bodyAt = source.indexOf(String(file.value));
  const linesBefore = bodyAt > 0 ? source.slice(0, bodyAt).split('\n').length - 1 : 0;
  return `${relative(process.cwd(), file.path)}: ${error.message.replace(/^line \d+/, `line ${error.line + linesBefore}`)}`;
}

/** The front matter's `qa` (already validated by the schema) as keyQuestions expects it. */
function editorPairs(qa: unknown): false | Array<{ question: string; answer: string }> | undefined {
  if (qa === false) return false;
  if (!Array.isArray(qa)) return undefined;
  return qa.map((pair: { question?: unknown; answer?: unknown }) => ({
    question: String(pair.question ?? '').trim(),
    answer: String(pair.answer ?? '').trim(),
  }));
}
