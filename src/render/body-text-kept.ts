import type { Root as HastRoot } from 'hast';
import type { Html, Root as MdastRoot } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportProblem } from './render-data.ts';

/** A run of text in a block of the body written in Markdown alone (no HTML in it), which the page must show. */
export interface WrittenBlock {
  line: number;
  text: string;
}

/** What the editor wrote, as `rehypeBodyTextKept` checks it: the line where the body's content starts, and its runs of text. */
export interface WrittenText {
  firstLine: number;
  runs: WrittenBlock[];
}

declare module 'vfile' {
  interface DataMap {
    writtenText: WrittenText;
  }
}

/**
 * HTML blocks that run to the end of the body when they are never closed (CommonMark's HTML
 * blocks 1 and 2), hiding everything after them: a comment, and elements whose content the page
 * never shows (rehype-safe-html.ts removes them with it).
 */
const RUNS_TO_THE_END: ReadonlyArray<{ opens: RegExp; closes: RegExp; what: string }> = [
  { opens: /^<!--/, closes: /-->/, what: 'an HTML comment `<!--` that is never closed with `-->`' },
  ...['script', 'style', 'textarea'].map((tag) => ({
    opens: new RegExp(`^<${tag}(?=[\\s>/]|$)`, 'i'),
    closes: new RegExp(`</${tag}\\s*>`, 'i'),
    what: `a \`<${tag}>\` element that is never closed with \`</${tag}>\``,
  })),
];

/** Text as compared: invisible and control characters (which the HTML parser may replace) left out, spaces collapsed. */
/** Elements that are content without text: a picture or a player. */
const MEDIA = ['img', 'iframe', 'video', 'audio'];

const squash = (text: string) => text.replace(/[\s\p{Cc}\p{Cf}\uFFFD]+/gu, ' ').trim();

/**
 * Before the body becomes HTML: stops a briefing whose HTML comment or `<script>`, `<style>` or
 * `<textarea>` is never closed, which would hide the rest of it, and notes the text of every
 * heading and paragraph written without HTML, for `rehypeBodyTextKept` to find on the page.
 */
export function remarkBodyTextNoted() {
  return (tree: MdastRoot, file: VFile) => {
    visit(tree, 'html', (node: Html, _index, parent) => {
      // A block of HTML, not a tag inside a paragraph (whose losses the page's text shows, below).
      if (parent && (parent.type === 'paragraph' || parent.type === 'heading')) return;
      const unclosed = RUNS_TO_THE_END.find(({ opens, closes }) => opens.test(node.value) && !closes.test(node.value));
      if (unclosed)
        reportProblem(file, {
          line: node.position?.start.line,
          severity: 'error',
          message: `opens ${unclosed.what}, so everything after it would be missing from the page: close it or remove it`,
        });
    });
    // Each run of plain text in a heading or paragraph without HTML: runs, not whole blocks, since
    // the page adds to a block (footnote numbers, a heading's "#" link) between its runs.
    const blocks: WrittenBlock[] = [];
    visit(tree, (node) => {
      // A footnote nothing refers to is left off the page by design (GFM), not by an HTML element.
      if (node.type === 'footnoteDefinition') return SKIP;
      if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
      let hasHtml = false;
      const runs: string[] = [];
      visit(node, (inner) => {
        if (inner.type === 'html') hasHtml = true;
        else if (inner.type === 'text' || inner.type === 'inlineCode') runs.push(squash(inner.value));
      });
      if (!hasHtml && node.position) for (const text of runs) if (/\p{L}/u.test(text)) blocks.push({ line: node.position.start.line, text });
      // Its inline content has just been read: no need to walk it again.
      return SKIP;
    });
    file.data.writtenText = { firstLine: tree.children[0]?.position?.start.line ?? 1, runs: blocks };
  };
}

/**
 * On the finished body: a heading or paragraph written in Markdown that is not on the page was
 * swallowed by an HTML element opened before it and never closed (`<template>`, `<noscript>`,
 * `<title>`…), or written inside one that is removed with its content, so the briefing stops
 * with the line of the first one lost rather than being published cut short. A body left with
 * no text and no picture or embed at all (only a comment, or only elements that are removed)
 * stops too, unless another error already stops it.
 */
export function rehypeBodyTextKept() {
  return (tree: HastRoot, file: VFile) => {
    // The text a reader sees (an iframe's content is shown only by browsers that cannot show the
    // frame), and whether the body holds a picture or a player, in one walk.
    const parts: string[] = [];
    let media = false;
    visit(tree, (node) => {
      if (node.type === 'element' && MEDIA.includes(node.tagName)) media = true;
      if (node.type === 'element' && node.tagName === 'iframe') return SKIP;
      if (node.type === 'text') parts.push(node.value);
      return undefined;
    });
    const shown = squash(parts.join(''));
    // Runs come in the page's order, so each is looked for after the one before, and anywhere
    // only when it is not there (footnotes move to the end): one pass over the text, not one a run.
    let from = 0;
    const lost = (file.data.writtenText?.runs ?? []).find((block) => {
      const at = shown.indexOf(block.text, from);
      const found = at === -1 ? shown.indexOf(block.text) : at;
      if (found !== -1) from = found + block.text.length;
      return found === -1;
    });
    if (lost) {
      const quoted = lost.text.length > 60 ? `${lost.text.slice(0, 57)}…` : lost.text;
      reportProblem(file, {
        line: lost.line,
        severity: 'error',
        message: `the text from this line on (“${quoted}”) would be missing from the page: it is inside an HTML element that is opened before it and never closed, or that briefings may not hold (such as <template>, <noscript>, <title> or <iframe>); close that element, or take the text out of it`,
      });
      return;
    }
    // Said only when nothing else stops the briefing already (pictures refused, say).
    if (!/\p{L}|\p{N}/u.test(shown) && !media && !file.messages.some((message) => message.fatal))
      reportProblem(file, {
        line: file.data.writtenText?.firstLine ?? 1,
        severity: 'error',
        message:
          'has no text on the page: all of the body is HTML comments or elements a briefing may not hold, which are removed; write the briefing in Markdown (set `draft: true` to keep an unfinished briefing off the site)',
      });
  };
}
