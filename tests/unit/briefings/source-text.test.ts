import { describe, expect, it } from 'vitest';
import { decodeBriefingText } from '../../../src/lib/briefings/source-text.ts';
import { checkBriefing } from '../../../src/lib/briefings/validate.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeBriefingText', () => {
  it('drops a byte-order mark and turns Windows and old Mac line endings into newlines', () => {
    const decoded = decodeBriefingText('a.md', bytes('\uFEFF---\r\ntitle: A\r\ndate: 2025-10-01\r\n---\r\n\r\nLine one.\rLine two.\r\n'));
    expect(decoded).toEqual({ text: '---\ntitle: A\ndate: 2025-10-01\n---\n\nLine one.\nLine two.\n' });
  });

  it('a file saved with Windows line endings and a BOM checks like any other', () => {
    const decoded = decodeBriefingText('a.md', bytes('\uFEFF---\r\ntitle: A headline\r\ndate: 2025-10-01\r\n---\r\n\r\nThe lead.\r\n'));
    if (!('text' in decoded)) throw new Error(decoded.problem.message);
    const checked = checkBriefing('a.md', decoded.text);
    expect(checked.ok && [checked.data.title, checked.body.trim(), checked.bodyLine]).toEqual(['A headline', 'The lead.', 5]);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from([...bytes('---\ntitle: A\n---\n\nFine.\nThe \u00e9 is fine, '), 0x93, ...bytes('this is not')]);
    const decoded = decodeBriefingText('a.md', latin1);
    expect('problem' in decoded && decoded.problem).toMatchObject({ file: 'a.md', line: 6, severity: 'error' });
  });

  it('keeps emoji and right-to-left text as they are', () => {
    expect(decodeBriefingText('a.md', bytes('🌉 «שלום» مرحبا'))).toEqual({ text: '🌉 «שלום» مرحبا' });
  });

  it('removes control characters XML cannot carry, a line break pasted as a vertical tab becoming a space, with one warning', () => {
    const decoded = decodeBriefingText('a.md', bytes('---\ntitle: A\ndate: 2025-10-01\n---\n\nThe \u001b[1mlead\u0000.\nPort\u000bworkers\tvote.\uFFFF\n'));
    expect('text' in decoded && decoded.text).toBe('---\ntitle: A\ndate: 2025-10-01\n---\n\nThe [1mlead.\nPort workers\tvote.\n');
    expect('text' in decoded && decoded.warning).toMatchObject({
      file: 'a.md',
      line: 6,
      severity: 'warning',
      message: expect.stringMatching(/^removed 4 control characters \(escape U\+001B, NUL U\+0000, vertical tab U\+000B, noncharacter U\+FFFF\)/),
    });
  });
});
