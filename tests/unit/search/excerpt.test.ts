import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';
import { indexAttributes } from '../../../src/lib/search/index-attributes.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptParts('border security, <mark>fuel</mark> <mark>theft,</mark> and flows')).toEqual([
      { text: 'border security, ', marked: false },
      { text: 'fuel', marked: true },
      { text: ' ', marked: false },
      { text: 'theft,', marked: true },
      { text: ' and flows', marked: false },
    ]);
  });

  it('keeps any other markup as text and decodes entities', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> &amp; &#8220;quoted&#x201D;')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>bold</b> & “quoted”', marked: false },
    ]);
  });

  it('leaves unknown entities as written', () => {
    expect(excerptParts('a &bogus; b')).toEqual([{ text: 'a &bogus; b', marked: false }]);
  });
});

describe('indexAttributes', () => {
  it('files a briefing under its year and month and sorts by its exact time', () => {
    expect(indexAttributes(new Date('2025-09-03T23:30:00Z'), '2025-09-04')).toEqual({ year: '2025', month: '2025-09', sort: 'date:2025-09-03T23:30:00.000Z' });
  });
});
