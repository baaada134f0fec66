import type { BriefingProblem } from './problems.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Characters XML 1.0 does not allow anywhere (C0 controls other than tab and newline, U+FFFE,
 * U+FFFF): pasted from word processors (vertical tab for a line break), terminals (escape
 * codes) or broken programs (NUL). They show nothing on a page and make rss.xml unreadable.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Word processors' line and page breaks: they separate words, so they become spaces. */
const BREAKS = /[\u000B\u000C]/g;

const NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\u0008': 'backspace',
  '\u000B': 'vertical tab',
  '\u000C': 'form feed',
  '\u001B': 'escape',
  '\uFFFE': 'noncharacter',
  '\uFFFF': 'noncharacter',
};

/**
 * The text of a briefing file as the rest of the build reads it: UTF-8 required, a byte-order
 * mark dropped, Windows (CRLF) or old Mac (CR) line endings turned into plain newlines, so line
 * numbers and parsing do not depend on the editor that saved the file, and control characters
 * removed (with a warning naming the first line that had one).
 */
export function decodeBriefingText(file: string, bytes: Uint8Array): { text: string; warning?: BriefingProblem } | { problem: BriefingProblem } {
  let text: string;
  try {
    text = strictUtf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    // The first replacement character of a lenient decode marks the first byte that is not UTF-8.
    const lenient = lenientUtf8.decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    return {
      problem: {
        file,
        line: before.split('\n').length,
        severity: 'error',
        message:
          'is not UTF-8 text: save the file with UTF-8 encoding in your editor (text pasted from older programs often brings Windows-1252 quotes and dashes; retype the character on this line if it shows as a box or question mark)',
      },
    };
  }
  const first = text.search(CONTROL_CHARACTERS);
  if (first === -1) return { text };
  const found = text.match(CONTROL_CHARACTERS) ?? [];
  const kinds = [...new Set(found)].map(
    (character) => `${NAMES[character] ?? 'control character'} U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  const breaks = found.some((character) => character === '\u000B' || character === '\u000C');
  return {
    text: text.replace(BREAKS, ' ').replace(CONTROL_CHARACTERS, ''),
    warning: {
      file,
      line: text.slice(0, first).split('\n').length,
      severity: 'warning',
      message: `removed ${found.length === 1 ? 'a control character' : `${found.length} control characters`} (${kinds.join(', ')}) pasted from another program${breaks ? ' (a vertical tab or form feed became a space)' : ''}: they show nothing on a page and would break the RSS feed; delete them in your editor (retype the text around them on this line) to silence this warning`,
    },
  };
}
