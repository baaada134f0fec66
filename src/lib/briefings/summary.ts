import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sentenceSegmenter } from '../intl.ts';

/** Longest dek we derive, in characters; longer leads are cut at a sentence or word boundary. */
const SUMMARY_MAX_LENGTH = 220;

/**
 * The dek of a briefing without a `summary`: the first sentences of its lead paragraph (the
 * first top-level paragraph with text), as plain text, at most SUMMARY_MAX_LENGTH characters.
 * Returns an empty string when the body has no paragraph.
 */
export function leadSummary(tree: Root, lang = 'en', maxLength = SUMMARY_MAX_LENGTH): string {
  const lead = tree.children.find(isTextParagraph);
  if (!lead) return '';
  const text = plainText(lead).replace(/\s+/g, ' ').trim();
  return shortenToSentences(text, lang, maxLength);
}

function isTextParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && plainText(node).trim() !== '';
}

/** Text of a node without image alt text, which describes a picture rather than the news. */
function plainText(node: RootContent): string {
  return toString(node, { includeImageAlt: false });
}

/** Keeps whole sentences while they fit; cuts a single long sentence at a word, with an ellipsis, within maxLength. */
export function shortenToSentences(text: string, lang: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const sentences = [...sentenceSegmenter(lang).segment(text)].map((s) => s.segment);
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trimEnd().length > maxLength) break;
    kept += sentence;
  }
  if (kept.trim() !== '') return kept.trim();
  // Leave room for the ellipsis; cut at the last space that fits, unless that loses half the text.
  const room = maxLength - 1;
  const lastSpace = text.slice(0, room + 1).lastIndexOf(' ');
  const cut = lastSpace > room / 2 ? text.slice(0, lastSpace) : text.slice(0, room);
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
