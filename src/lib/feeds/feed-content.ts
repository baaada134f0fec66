import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { QaPair } from '../qa/types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Rewrites every href and src in rendered HTML to an absolute URL, resolved against the page the
 * HTML belongs to, so links keep working in a feed reader ("#section" -> page URL + "#section",
 * "/images/x.jpg" -> site origin + path), and drops the page's "#" links beside headings, which
 * a feed reader would show as stray text. Absolute URLs are left as they are.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = node.properties.className;
    if (parent && index !== undefined && Array.isArray(classes) && classes.includes('anchor-link')) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties[attribute];
      if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      try {
        node.properties[attribute] = new URL(value, pageUrl).href;
      } catch {
        // Not a URL a reader could follow either way: left as written.
      }
    }
    return CONTINUE;
  });
  return toHtml(tree);
}

/**
 * A briefing's full content for a feed: its body, then its Key Questions and Answers under
 * `questionsHeading`, the site's words for them.
 */
export function feedContent(bodyHtml: string, pairs: readonly QaPair[], pageUrl: string, questionsHeading: string): string {
  const questions =
    pairs.length === 0
      ? ''
      : `<h2>${escapeHtml(questionsHeading)}</h2>${pairs.map((pair) => `<h3>${escapeHtml(pair.question)}</h3><p>${escapeHtml(pair.answer)}</p>`).join('')}`;
  return feedHtml(bodyHtml + questions, pageUrl);
}
