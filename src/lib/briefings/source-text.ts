import type { BriefingProblem } from './problems.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * The text of a briefing file as the rest of the build reads it: UTF-8 required, a byte-order
 * mark dropped and Windows (CRLF) or old Mac (CR) line endings turned into plain newlines, so
 * line numbers and parsing do not depend on the editor that saved the file.
 */
export function decodeBriefingText(file: string, bytes: Uint8Array): { text: string } | { problem: BriefingProblem } {
  try {
    return { text: strictUtf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
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
}
