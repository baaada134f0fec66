import { dateTimeFormat } from '../intl.ts';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a front-matter date: a Date (YAML already parsed it) or an ISO date / date-time string.
 * Returns undefined for anything else, including dates that do not exist (2025-02-30), so the
 * caller can say what is wrong rather than publish a shifted day.
 */
export function parseBriefingDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = ISO_DATE.exec(text) ?? ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year = NaN, month = NaN, day = NaN] = match.slice(1, 4).map(Number);
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) {
    return undefined;
  }
  // A date-time without a zone is read as UTC so a build gives the same result on any machine.
  const withZone = ISO_DATE.test(text) || /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
  const date = new Date(withZone.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Why a date that has the right shape cannot be read: "the hour 25 is past 23; …" for the time,
 * "check the day and month" for a day that does not exist. Undefined when the shape is wrong.
 */
export function impossibleDateReason(value: string): string | undefined {
  const text = value.trim();
  const match = ISO_DATE.exec(text) ?? ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [hour, minute, second] = match.slice(4, 7).map((part) => (part === undefined ? undefined : Number(part)));
  const zone = match[7];
  const wrong: string[] = [];
  if (hour !== undefined && hour > 23) wrong.push(`the hour ${hour} is past 23`);
  if (minute !== undefined && minute > 59) wrong.push(`the minute ${minute} is past 59`);
  if (second !== undefined && second > 59) wrong.push(`the second ${second} is past 59`);
  const offset = zone && zone !== 'Z' ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone) : null;
  if (offset) {
    const [, sign, hours = '0', minutes = '0'] = offset;
    const limit = sign === '+' ? 14 : 12;
    if (Number(minutes) > 59 || Number(hours) * 60 + Number(minutes) > limit * 60) wrong.push(`the time zone ${zone} is past ${sign}${limit}:00`);
  }
  if (wrong.length > 0) return `not a time that exists (${wrong.join('; ')})`;
  return 'not a date that exists (check the day and month)';
}

/** "September 3, 2025": the date as readers see it, in the site's language and time zone. */
export function formatDate(date: Date, lang: string, timeZone: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(date);
}

/** The machine-readable value for <time datetime>: the calendar day in the site's time zone. */
export function isoDay(date: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}
