import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/lib/briefings/front-matter.ts';

const problemsOf = (text: string) => {
  const parsed = parseFrontMatter('a.md', text);
  return 'problems' in parsed ? parsed.problems.map((problem) => [problem.line, problem.message]) : [];
};

describe('parseFrontMatter', () => {
  it('keeps dates as written, so an impossible one cannot turn into another day', () => {
    const parsed = parseFrontMatter('a.md', '---\ndate: 2025-02-30\nupdated: 2025-03-01\n---\nText');
    expect('data' in parsed && parsed.data).toEqual({ date: '2025-02-30', updated: '2025-03-01' });
  });

  it('knows the file line of each field, nested ones included, and where the body starts', () => {
    const parsed = parseFrontMatter('a.md', '---\ntitle: A\nimage:\n  src: /a.jpg\n  alt: A bridge\n---\n\nText');
    if ('problems' in parsed) throw new Error('expected front matter');
    expect([parsed.lineOf(['title']), parsed.lineOf(['image', 'alt']), parsed.lineOf(['image', 'caption']), parsed.lineOf(['missing'])]).toEqual([
      2,
      5,
      3,
      undefined,
    ]);
    expect([parsed.bodyLine, parsed.body]).toEqual([7, '\nText']);
  });

  it('a field written twice is named on its second line', () => {
    expect(problemsOf('---\ntitle: A\ndate: 2025-10-01\ntitle: B\n---\nText')).toEqual([[4, expect.stringMatching(/written twice: keep one/)]]);
  });

  it('a missing or unclosed front matter says how to start a briefing', () => {
    expect(problemsOf('Just text')).toEqual([[1, expect.stringMatching(/^has no front matter: start the file with a line `---`/)]]);
    expect(problemsOf('---\ntitle: A\n\nText')).toEqual([[1, expect.stringMatching(/never closed: add a line `---` after the last field/)]]);
  });

  it('front matter that is a list rather than fields is refused', () => {
    expect(problemsOf('---\n- a\n- b\n---\nText')).toEqual([[2, expect.stringMatching(/not a list of fields/)]]);
  });
});
