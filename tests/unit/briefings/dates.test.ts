import { describe, expect, it } from 'vitest';
import { briefingDay, formatDay, isoDay, parseBriefingDate, rssDateTime, writtenDateTime } from '../../../src/lib/briefings/dates.ts';

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

describe('writtenDateTime and rssDateTime: the moment in feeds, as the editor wrote it', () => {
  const written = (value: string) => writtenDateTime(value, parseBriefingDate(value) as Date);

  it('keeps the offset the editor wrote, with seconds, and writes it with a colon', () => {
    expect(written('2025-09-19T14:30:00-06:00')).toBe('2025-09-19T14:30:00-06:00');
    expect(written('2025-09-19T14:30-0600')).toBe('2025-09-19T14:30:00-06:00');
    expect(written('2025-09-30T23:30+05:30')).toBe('2025-09-30T23:30:00+05:30');
  });

  it('gives a date alone as midnight UTC, and a time without a zone or with Z in UTC', () => {
    expect(written('2025-09-19')).toBe('2025-09-19T00:00:00.000Z');
    expect(written('2025-09-19T14:30')).toBe('2025-09-19T14:30:00.000Z');
    expect(written('2025-09-19 14:30:15Z')).toBe('2025-09-19T14:30:15.000Z');
  });

  it('writes RSS dates with the same wall-clock time and offset, and the right weekday', () => {
    expect(rssDateTime('2025-09-30T23:30:00-06:00')).toBe('Tue, 30 Sep 2025 23:30:00 -0600');
    expect(rssDateTime('2025-01-01T08:05:09+05:30')).toBe('Wed, 01 Jan 2025 08:05:09 +0530');
    expect(rssDateTime('2025-09-03T00:00:00.000Z')).toBe('Wed, 03 Sep 2025 00:00:00 +0000');
  });

  it('names the same instant as the front matter, whatever the offset', () => {
    for (const value of ['2025-09-30T23:30-06:00', '2025-03-09T01:15:00+14:00', '2024-02-29', '2025-12-31T23:59:59Z']) {
      expect(new Date(rssDateTime(written(value))).getTime(), value).toBe(parseBriefingDate(value)?.getTime());
    }
  });

  it('refuses text that is not a date-time with a zone rather than guess', () => {
    expect(() => rssDateTime('2025-09-30')).toThrow(/not an ISO 8601 date-time with a zone/);
    expect(() => rssDateTime('2025-09-30T23:30:00')).toThrow(/not an ISO 8601 date-time with a zone/);
  });
});
