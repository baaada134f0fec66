/**
 * Characters XML 1.0 does not allow anywhere in a document, not even escaped: the C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. One such
 * character makes a feed reader reject the whole feed.
 */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids, ready for any feed or sitemap. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** The first character XML 1.0 forbids in `text`, with its 1-based line and column; undefined when there is none. */
export function firstXmlForbidden(text: string): { codePoint: string; line: number; column: number } | undefined {
  XML_FORBIDDEN.lastIndex = 0;
  const match = XML_FORBIDDEN.exec(text);
  XML_FORBIDDEN.lastIndex = 0;
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    codePoint: `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    line: before.split('\n').length,
    column: match.index - lineStart + 1,
  };
}
