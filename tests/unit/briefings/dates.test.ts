import { describe, expect, it } from 'vitest';
import { briefingDay, formatDay, isoDay, parseBriefingDate } from '../../../src/lib/briefings/dates.ts';

describe('parseBriefingDate', () => {
  it('reads an ISO date as midnight UTC', () => {
    expect(parseBriefingDate('2025-09-03')?.toISOString()).toBe('2025-09-03T00:00:00.000Z');
  });

  it('reads date-times with and without a zone, without a zone as UTC', () => {
    expect(parseBriefingDate('2025-09-03T14:30:00-05:00')?.toISOString()).toBe('2025-09-03T19:30:00.000Z');
    expect(parseBriefingDate('2025-09-03T14:30')?.toISOString()).toBe('2025-09-03T14:30:00.000Z');
    expect(parseBriefingDate('2025-09-03 14:30:15Z')?.toISOString()).toBe('2025-09-03T14:30:15.000Z');
  });

  it('passes a valid Date through and rejects an invalid one', () => {
    const date = new Date(Date.UTC(2025, 8, 3));
    expect(parseBriefingDate(date)).toBe(date);
    expect(parseBriefingDate(new Date('nonsense'))).toBeUndefined();
  });

  it('rejects days that do not exist and text that is not an ISO date', () => {
    for (const text of ['2025-02-30', '2025-13-01', '2025-09-31', 'September 3, 2025', '03/09/2025', 'yesterday', '']) {
      expect(parseBriefingDate(text), text).toBeUndefined();
    }
    expect(parseBriefingDate(20250903)).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseBriefingDate('2024-02-29')).toBeInstanceOf(Date);
    expect(parseBriefingDate('2025-02-29')).toBeUndefined();
  });
});

describe('formatDay, isoDay and briefingDay', () => {
  const lateEvening = new Date('2025-09-03T23:30:00Z');

  it('formats the day as readers expect it', () => {
    expect(formatDay('2025-09-03', 'en')).toBe('September 3, 2025');
  });

  it('uses the site time zone for a date without its own offset', () => {
    expect(briefingDay('2025-09-03T23:30:00Z', lateEvening, 'Asia/Tokyo')).toBe('2025-09-04');
    expect(isoDay(lateEvening, 'Asia/Tokyo')).toBe('2025-09-04');
    expect(isoDay(lateEvening, 'UTC')).toBe('2025-09-03');
  });
});
