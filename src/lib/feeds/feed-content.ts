import type { QaPair } from '../qa/types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Rewrites every href and src in rendered HTML to an absolute URL, resolved against the page the
 * HTML belongs to, so links keep working in a feed reader ("#section" -> page URL + "#section",
 * "/images/x.jpg" -> site origin + path). Absolute URLs are left as they are.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(/(\s(?:href|src))="([^"]*)"/g, (whole, attribute: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    try {
      return `${attribute}="${new URL(value.replace(/&amp;/g, '&'), pageUrl).href.replace(/&/g, '&amp;')}"`;
    } catch {
      return whole;
    }
  });
}

/** A briefing's full content for a feed: its body, then its Key Questions and Answers. */
export function feedContent(bodyHtml: string, pairs: readonly QaPair[], pageUrl: string): string {
  const questions =
    pairs.length === 0
      ? ''
      : `<h2>Key Questions and Answers</h2>${pairs.map((pair) => `<h3>${escapeHtml(pair.question)}</h3><p>${escapeHtml(pair.answer)}</p>`).join('')}`;
  return absoluteLinks(bodyHtml + questions, pageUrl);
}
