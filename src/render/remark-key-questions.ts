import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { timedCpu } from '../lib/build-timings.ts';
import { keyQuestions } from '../lib/qa/key-questions.ts';
import { QaBlockError } from '../lib/qa/parse-block.ts';
import { type RenderFrontmatter, reportProblem } from './render-data.ts';

/**
 * Decides each briefing's Key Questions and Answers while its Markdown is parsed (front matter
 * `qa`, else the editor's Q&A block, which is taken out of the body, else generated questions)
 * as `file.data.keyQuestions`.
 *
 * A Q&A block that cannot be parsed is reported (render-data.ts) rather than thrown, so the
 * build can report it together with every other problem of every briefing.
 */
export default function remarkKeyQuestions(options: { count: number; lang: string }) {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.frontmatter ?? {};
    try {
      file.data.keyQuestions = timedCpu('render: Q&A (CPU, all threads)', () =>
        keyQuestions(tree, { qa: editorPairs(frontmatter.qa), count: options.count, lang: options.lang, title: frontmatter.title ?? '' }),
      );
    } catch (error) {
      if (!(error instanceof QaBlockError)) throw error;
      reportProblem(file, { line: error.line, severity: 'error', message: error.message.replace(/^line \d+: /, '') });
    }
  };
}

/** The front matter's `qa`, validated by the schema, trimmed as keyQuestions expects it. */
function editorPairs(qa: RenderFrontmatter['qa']): false | Array<{ question: string; answer: string }> | undefined {
  if (qa === false || qa === undefined) return qa;
  return qa.map((pair) => ({ question: pair.question.trim(), answer: pair.answer.trim() }));
}
