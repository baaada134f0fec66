import { describe, expect, it } from 'vitest';
import { indexAttributes } from '../../../src/lib/search/index-attributes.ts';

describe('indexAttributes', () => {
  it('files a briefing under its year and month and sorts by its exact time', () => {
    expect(indexAttributes(new Date('2025-09-03T23:30:00Z'), '2025-09-04')).toEqual({ year: '2025', month: '2025-09', sort: 'date:2025-09-03T23:30:00.000Z' });
  });
});
