import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { timed } from '../lib/build-timings.ts';
import { keyQuestions } from '../lib/qa/key-questions.ts';
import { QaBlockError } from '../lib/qa/parse-block.ts';
import { reportRenderProblem } from './render-problems.ts';

/**
 * Decides each briefing's Key Questions and Answers while its Markdown is parsed (front matter
 * `qa`, else the editor's Q&A block, which is taken out of the body, else generated questions)
 * and hands them to the page as `keyQuestions` in the rendered metadata.
 *
 * A Q&A block that cannot be parsed is reported (render-problems.ts) rather than thrown, so the
 * build can report it together with every other problem of every briefing.
 */
export default function remarkKeyQuestions(options: { count: number; lang: string }) {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = astro.frontmatter ?? {};
    try {
      const result = timed('render: Q&A (CPU, all threads)', () => keyQuestions(tree, { qa: editorPairs(frontmatter.qa), count: options.count, lang: options.lang, title: typeof frontmatter.title === 'string' ? frontmatter.title : '' }));
      astro.frontmatter = { ...frontmatter, keyQuestions: result };
    } catch (error) {
      if (!(error instanceof QaBlockError)) throw error;
      reportRenderProblem(file, { line: error.line, severity: 'error', message: error.message.replace(/^line \d+: /, '') });
    }
  };
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
