import type { Root } from 'mdast';
import { generateQuestions } from './generate.ts';
import { matchSection } from './match-section.ts';
import { findQaBlock } from './parse-block.ts';
import { splitSections } from './sections.ts';
import type { KeyQuestions, QaPair, QaSource } from './types.ts';

export interface KeyQuestionOptions {
  /** The front matter's `qa`: false, a list of editor-written pairs, or undefined. */
  qa?: false | ReadonlyArray<{ question: string; answer: string }> | undefined;
  /** How many questions to generate when the editor wrote none. */
  count: number;
  lang?: string;
  /** The briefing's title, which names what generated questions are about. */
  title?: string;
}

/**
 * Decides a briefing's Key Questions and Answers, first that applies wins: the front matter's
 * `qa` (`false` turns the section off), then a Q&A block written in the Markdown, then questions
 * generated from the article. A Q&A block is removed from the tree so it is not shown twice; with
 * `qa: false` it stays as ordinary content. Throws QaBlockError for a block item that cannot be
 * split into question and answer.
 */
export function keyQuestions(tree: Root, options: KeyQuestionOptions): KeyQuestions {
  if (options.qa === false) return { source: 'none', pairs: [], reason: 'turned off with `qa: false` in the front matter' };
  const block = findQaBlock(tree);
  if (block) tree.children.splice(block.start, block.end - block.start);
  if (options.qa && options.qa.length > 0) return withSections(tree, options.qa, 'authored');
  if (block && block.pairs.length > 0) return withSections(tree, block.pairs, 'parsed');
  return generateQuestions(tree, options.count, options.lang, options.title);
}

/** Points editor-written pairs at the section that answers them, when one clearly does. */
function withSections(tree: Root, pairs: ReadonlyArray<{ question: string; answer: string }>, source: QaSource): KeyQuestions {
  const sections = splitSections(tree);
  return {
    source,
    pairs: pairs.map(({ question, answer }): QaPair => {
      const section = matchSection(`${question} ${answer}`, sections);
      return { question, answer, section: section?.title, sectionId: section?.id, source };
    }),
  };
}
