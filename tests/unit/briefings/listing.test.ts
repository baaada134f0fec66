import { describe, expect, it } from 'vitest';
import { archiveMonths, groupByDay } from '../../../src/lib/briefings/listing.ts';
import { paginate } from '../../../src/lib/briefings/pagination.ts';
import { readingMinutes } from '../../../src/lib/briefings/reading-time.ts';

describe('paginate', () => {
  it('cuts a list into numbered pages of the given size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages).toEqual([
      { items: [1, 2], number: 1, total: 3 },
      { items: [3, 4], number: 2, total: 3 },
      { items: [5], number: 3, total: 3 },
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
});

describe('groupByDay', () => {
  it('groups neighbours of the same day and keeps the order', () => {
    const items = [
      { id: 'a', day: '2025-09-05' },
      { id: 'b', day: '2025-09-05' },
      { id: 'c', day: '2025-09-02' },
    ];
    expect(groupByDay(items, (item) => item.day).map((group) => [group.day, group.items.map((item) => item.id)])).toEqual([
      ['2025-09-05', ['a', 'b']],
      ['2025-09-02', ['c']],
    ]);
  });
});

describe('archiveMonths', () => {
  it('lists only months with briefings, newest first, with counts', () => {
    expect(archiveMonths(['2025-09-02', '2025-11-01', '2025-09-30', '2024-12-31'])).toEqual([
      { year: '2025', month: '11', count: 1 },
      { year: '2025', month: '09', count: 2 },
      { year: '2024', month: '12', count: 1 },
    ]);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at 230 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1000)).toBe(4);
  });
});
