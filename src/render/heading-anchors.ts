import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-autolink-headings';
import { h } from 'hastscript';
import { t } from '../i18n/index.ts';

/**
 * Options for rehype-autolink-headings: each h2/h3 gets a visible "#" link placed after the
 * heading (not inside it, so the heading's accessible name stays its own text), both wrapped in
 * a div for layout. Screen readers hear "Section titled “…”" instead of "#".
 */
export const headingAnchorOptions: Options = {
  test: ['h2', 'h3'],
  behavior: 'after',
  group: (node: Element) => h('div', { className: ['heading-wrapper', `level-${node.tagName}`] }),
  properties: { className: ['anchor-link'], dataPagefindIgnore: '' },
  content: (node: Element): ElementContent[] => [
    h('span', { ariaHidden: 'true' }, ANCHOR_MARK),
    h('span', { className: ['sr-only'] }, sectionLinkLabel(toString(node).trim())),
  ],
};

/**
 * The visible mark of a heading's link: "#" after a word joiner, so a wrapping title never leaves
 * the "#" alone on a line of its own (here and in AnchoredHeading.astro).
 */
export const ANCHOR_MARK = '\u2060#';

/** What a screen reader hears for a heading's "#" link, here and in AnchoredHeading.astro. */
export function sectionLinkLabel(heading: string): string {
  return t('briefing.sectionLink', { heading });
}
