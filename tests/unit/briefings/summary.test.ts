import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { leadSummary, shortenToSentences } from '../../../src/lib/briefings/summary.ts';

const summaryOf = (markdown: string, max?: number) => leadSummary(fromMarkdown(markdown), 'en', max);

describe('leadSummary', () => {
  it('takes the first paragraph as plain text, skipping headings and Markdown syntax', () => {
    expect(summaryOf('## Background\n\nThe *group* met in [Mexico City](https://example.com).\n\nMore text.')).toBe('The group met in Mexico City.');
  });

  it('skips an image-only paragraph and ignores quotes and lists before the lead', () => {
    expect(summaryOf('![Photo](a.jpg)\n\n> A quote.\n\n- a list item\n\nThe lead.')).toBe('The lead.');
  });

  it('keeps whole sentences that fit and drops the rest', () => {
    const lead = 'First sentence is here. Second sentence is also here. Third one would be too long to fit.';
    expect(summaryOf(lead, 60)).toBe('First sentence is here. Second sentence is also here.');
  });

  it('does not split after abbreviations such as U.S. followed by lower case', () => {
    const lead = 'Both the U.S. and Mexico announced a group. It will meet regularly to monitor commitments.';
    expect(summaryOf(lead, 50)).toBe('Both the U.S. and Mexico announced a group.');
  });

  it('returns an empty string for a body without paragraphs', () => {
    expect(summaryOf('## Only a heading')).toBe('');
    expect(summaryOf('')).toBe('');
  });
});

describe('shortenToSentences', () => {
  it('cuts one over-long sentence at a word boundary with an ellipsis', () => {
    const sentence = 'This single sentence keeps going, on and on, far past the limit that a dek should have';
    const short = shortenToSentences(sentence, 'en', 40);
    expect(short).toBe('This single sentence keeps going, on…');
    expect(short.length).toBeLessThanOrEqual(40);
  });

  it('leaves short text alone', () => {
    expect(shortenToSentences('Short.', 'en', 40)).toBe('Short.');
  });
});
