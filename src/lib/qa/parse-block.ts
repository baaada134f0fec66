import type { Heading, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One question and its answer as plain text (whitespace collapsed, trimmed), with the 1-based source line of the question. */
export interface ParsedPair {
  question: string;
  answer: string;
  line: number;
}

/** A Q&A block: its heading and the half-open range [start, end) of indices into tree.children that it covers (heading included). */
export interface QaBlock {
  heading: Heading;
  start: number;
  end: number;
  pairs: ParsedPair[];
}

/** Thrown for an item inside a Q&A block that cannot be split into a question and an answer. */
export class QaBlockError extends Error {
  /** 1-based line in the Markdown source. */
  readonly line: number;
  /** The offending item's plain text, so the editor can find it. */
  readonly text: string;

  /** `problem` continues the sentence `line N: "text" …` and should say how to fix it. */
  constructor(line: number, text: string, problem: string) {
    super(`line ${line}: "${text}" ${problem}`);
    this.name = 'QaBlockError';
    this.line = line;
    this.text = text;
  }
}

// Only titles that promise answers: "Key Questions" alone often lists open questions, which
// would then fail the build as unanswered items.
const QA_HEADING = /^(?:key )?(?:questions? ?(?:and|&) ?answers?|q ?(?:and|&) ?as?|faqs?|frequently asked questions)$/i;

/** True when a heading's text names a Q&A section. */
export function isQaHeading(text: string): boolean {
  return QA_HEADING.test(collapse(text).replace(/\s*:$/, ''));
}

/** Finds the first Q&A block among the top-level nodes of a tree and parses its pairs; undefined when there is none. Throws QaBlockError for an item it cannot split. */
export function findQaBlock(tree: Root): QaBlock | undefined {
  const nodes = tree.children;
  for (const [start, heading] of nodes.entries()) {
    if (heading.type !== 'heading' || !isQaHeading(plain(heading))) continue;
    let end = start + 1;
    while (end < nodes.length && !endsBlock(nodes[end], heading)) end += 1;
    return { heading, start, end, pairs: parsePairs(heading, nodes.slice(start + 1, end)) };
  }
  return undefined;
}

function endsBlock(node: RootContent | undefined, heading: Heading): boolean {
  return node?.type === 'heading' && node.depth <= heading.depth;
}

/** A question whose answer may still be growing: later paragraphs join it until the next question. */
interface OpenQuestion {
  question: string;
  line: number;
  /** What the editor wrote, for an error message. */
  text: string;
  answer: string[];
  /** A sub-heading question takes everything below it, up to the next sub-heading, as its answer. */
  fromHeading: boolean;
}

/**
 * Walks the block's nodes in order. A list is a run of self-contained items; a paragraph may be
 * a whole pair, a marked question (bold/italic, "Q:" label or a lone question) whose answer
 * follows, or more of the open question's answer; a sub-heading ending in "?" opens a question.
 */
function parsePairs(blockHeading: Heading, nodes: RootContent[]): ParsedPair[] {
  const where = `in the ${plain(blockHeading).replace(/\s*:$/, '')} block`;
  const fallbackLine = blockHeading.position?.start.line ?? 1;
  const lineOf = (node: Nodes) => node.position?.start.line ?? fallbackLine;
  const pairs: ParsedPair[] = [];
  let open: OpenQuestion | undefined;
  let afterGroupHeading = false;

  const close = () => {
    if (!open) return;
    const answer = collapse(open.answer.join(' '));
    const fix = open.fromHeading ? 'write the answer in a paragraph under the heading' : 'write the answer after the question, as "Question? Answer."';
    if (answer === '') throw new QaBlockError(open.line, open.text, `${where} has no answer: ${fix}`);
    pairs.push({ question: open.question, answer, line: open.line });
    open = undefined;
  };

  for (const node of nodes) {
    const wasAfterGroupHeading = afterGroupHeading;
    afterGroupHeading = false;
    const line = lineOf(node);

    if (node.type === 'heading') {
      close();
      const text = plain(node);
      const question = labelledQuestion(text) ?? (QUESTION_END.test(text) ? text : undefined);
      // A sub-heading that is not a question (say "Security") groups the questions under it.
      if (question === undefined) afterGroupHeading = true;
      else open = { question, line, text, answer: [], fromHeading: true };
      continue;
    }

    if (node.type === 'paragraph') {
      const reading = readParagraph(node);
      if (reading.kind === 'empty') continue;
      if (open?.fromHeading) {
        open.answer.push(reading.kind === 'answer' ? reading.answer : reading.text);
        continue;
      }
      switch (reading.kind) {
        case 'marked':
          close();
          open = { question: reading.question, line, text: reading.text, answer: [reading.answer], fromHeading: false };
          break;
        case 'unanswered':
          throw new QaBlockError(line, reading.question, `${where} has no answer: write "A: …" on the line after the question`);
        case 'answer':
          if (!open) throw orphanAnswer(line, reading.text, where);
          open.answer.push(reading.answer);
          break;
        case 'pair':
          if (open) open.answer.push(reading.text);
          else pairs.push({ question: reading.question, answer: reading.answer, line });
          break;
        case 'text':
          if (!open) throw noQuestionMark(line, reading.text, where, wasAfterGroupHeading);
          open.answer.push(reading.text);
          break;
      }
      continue;
    }

    if (node.type === 'list') {
      const items = node.children.map((item) => readItem(item, lineOf(item), where));
      // A list right after a question, or one that is not made of pairs, is part of its answer.
      const isAnswer = open && (open.fromHeading || collapse(open.answer.join(' ')) === '' || items.some((item) => item instanceof QaBlockError));
      if (open && isAnswer) {
        open.answer.push(blockText(node));
        continue;
      }
      close();
      for (const item of items) {
        if (item instanceof QaBlockError) throw item;
        if (item) pairs.push(item);
      }
      continue;
    }

    // Reference definitions, comments and rules carry no text of a pair.
    if (node.type === 'definition' || node.type === 'html' || node.type === 'thematicBreak') continue;

    const text = plain(node);
    if (text === '') continue;
    if (!open) throw new QaBlockError(line, text, `${where} is not a question and answer: write each item as "Question? Answer."`);
    open.answer.push(text);
  }
  close();
  return pairs;
}

/** What one paragraph contributes; `text` is all of it as plain text. */
type Reading =
  | { kind: 'empty'; text: string }
  /** A whole "Question? Answer." that needs no marking. */
  | { kind: 'pair'; text: string; question: string; answer: string }
  /** A question marked as one, with the start of its answer (possibly empty). */
  | { kind: 'marked'; text: string; question: string; answer: string }
  /** An "A:" paragraph. */
  | { kind: 'answer'; text: string; answer: string }
  /** A "Q:" line followed by another "Q:" line before any answer. */
  | { kind: 'unanswered'; text: string; question: string }
  | { kind: 'text'; text: string };

const QUESTION_LABEL = /^\s*(?:question|q)\s*:\s*/i;
const ANSWER_LABEL = /^\s*(?:answer|a)\s*:\s*/i;
// A question label starting a later line of the same paragraph.
const QUESTION_LABEL_INSIDE = /\n[^\S\n]*(?:question|q)[^\S\n]*:/i;
// An answer label starts a line, or follows the question mark on the same line.
const ANSWER_LABEL_INSIDE = /(\n|\?)[^\S\n]*(?:answer|a)[^\S\n]*:/i;
// Closing quotes and brackets may follow the question mark.
const QUESTION_END = /\?["'”’»)\]]*$/;
const SPLIT = /\?(?=\s+\S)/;

function readParagraph(paragraph: Paragraph): Reading {
  // Labels are found in the text with its line breaks, before bold labels and breaks are flattened.
  const raw = paragraph.children.map(blockText).join('');
  const text = collapse(raw);
  if (text === '') return { kind: 'empty', text };

  const questionLabel = QUESTION_LABEL.exec(raw);
  if (questionLabel) {
    const rest = raw.slice(questionLabel[0].length);
    const answerLabel = ANSWER_LABEL_INSIDE.exec(rest);
    const nextQuestion = QUESTION_LABEL_INSIDE.exec(rest);
    if (nextQuestion && (!answerLabel || nextQuestion.index < answerLabel.index))
      return { kind: 'unanswered', text, question: collapse(rest.slice(0, nextQuestion.index)) };
    if (answerLabel) {
      const questionEnd = answerLabel.index + (answerLabel[1] === '?' ? 1 : 0);
      const question = collapse(rest.slice(0, questionEnd));
      const answer = collapse(rest.slice(answerLabel.index + answerLabel[0].length));
      if (question !== '') return { kind: 'marked', text, question, answer };
    } else {
      const question = collapse(rest);
      if (question !== '') return { kind: 'marked', text, ...(splitAtQuestionMark(question) ?? { question, answer: '' }) };
    }
    return { kind: 'text', text };
  }

  const answerLabel = ANSWER_LABEL.exec(raw);
  if (answerLabel) return { kind: 'answer', text, answer: collapse(raw.slice(answerLabel[0].length)) };

  const [first, ...rest] = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if ((first?.type === 'strong' || first?.type === 'emphasis') && QUESTION_END.test(plain(first))) {
    return { kind: 'marked', text, question: plain(first), answer: collapse(rest.map(blockText).join('')) };
  }

  const split = splitAtQuestionMark(text);
  if (split) return { kind: 'pair', text, ...split };
  // A paragraph that is only a question opens it; the answer follows in the next paragraphs.
  if (QUESTION_END.test(text)) return { kind: 'marked', text, question: text, answer: '' };
  return { kind: 'text', text };
}

/** Splits at the first "?" followed by whitespace and more text; the question keeps its "?". */
function splitAtQuestionMark(text: string): { question: string; answer: string } | undefined {
  const match = SPLIT.exec(text);
  if (!match) return undefined;
  return { question: text.slice(0, match.index + 1).trim(), answer: text.slice(match.index + 1).trim() };
}

/** A list item is a whole pair; its later paragraphs and nested lists continue the answer. Undefined for an empty item. */
function readItem(item: ListItem, line: number, where: string): ParsedPair | QaBlockError | undefined {
  const text = plain(item);
  if (text === '') return undefined;
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') {
    return new QaBlockError(line, text, `${where} is not a question and answer: write each item as "Question? Answer."`);
  }
  const reading = readParagraph(first);
  const more = rest.map(blockText).join(' ');
  switch (reading.kind) {
    case 'pair':
    case 'marked': {
      const answer = collapse(`${reading.answer} ${more}`);
      if (answer === '') {
        return new QaBlockError(line, text, `${where} has no answer: write the answer after the question, as "Question? Answer."`);
      }
      return { question: reading.question, answer, line };
    }
    case 'answer':
      return orphanAnswer(line, text, where);
    default:
      return noQuestionMark(line, text, where, false);
  }
}

function noQuestionMark(line: number, text: string, where: string, afterGroupHeading: boolean): QaBlockError {
  const hint = afterGroupHeading ? ', or end the heading above with "?" if it is the question' : '';
  return new QaBlockError(line, text, `${where} has no question mark: write each item as "Question? Answer."${hint}`);
}

function orphanAnswer(line: number, text: string, where: string): QaBlockError {
  return new QaBlockError(line, text, `${where} is an answer with no question before it: put a "Q: …" line before it`);
}

// Containers of blocks: their children are separate paragraphs, items or cells and need a space between them.
const BLOCK_CONTAINERS = new Set<Nodes['type']>(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table', 'tableRow']);

/**
 * Plain text of a node with its line breaks. Unlike toString on a whole tree, it keeps hard
 * breaks (a "Q:" line may end in one), drops raw HTML and image alt text, and separates blocks.
 */
function blockText(node: Nodes | PhrasingContent): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return '';
  if ('children' in node) {
    const children: Nodes[] = node.children;
    return children.map(blockText).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
  }
  return toString(node, { includeImageAlt: false });
}

function plain(node: Nodes): string {
  return collapse(blockText(node));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The question after a "Q:" or "Question:" label, or undefined when the text has none. */
function labelledQuestion(text: string): string | undefined {
  const label = QUESTION_LABEL.exec(text);
  if (!label) return undefined;
  const question = collapse(text.slice(label[0].length));
  return question === '' ? undefined : question;
}
