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

/** "September 30, 2025": a calendar day (YYYY-MM-DD) as readers see it, in the site's language. */
export function formatDay(day: string, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The moment as an ISO 8601 date-time in the offset the editor wrote (`2025-09-30T23:30:00-06:00`),
 * so its day reads as the page's; in UTC (`…Z`) when the value has no offset of its own.
 */
export function writtenDateTime(value: unknown, date: Date): string {
  const offset = typeof value === 'string' ? ISO_DATE_TIME.exec(value.trim())?.[7] : undefined;
  if (!offset || offset === 'Z') return date.toISOString();
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

const WRITTEN_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date-time as writtenDateTime gives it (`2025-09-30T23:30:00-06:00`), as an RSS date (RFC 822
 * with a four-digit year, as RSS 2.0 asks): the same wall-clock time and offset, so a feed reader
 * shows the moment the editor wrote (`Tue, 30 Sep 2025 23:30:00 -0600`). UTC is `+0000`.
 */
export function rssDateTime(written: string): string {
  const match = WRITTEN_DATE_TIME.exec(written);
  if (!match) throw new Error(`"${written}" is not an ISO 8601 date-time with a zone, e.g. 2025-09-30T23:30:00-06:00`);
  const [, year, month, day, hour, minute, second, zone = 'Z'] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const offset = zone === 'Z' ? '+0000' : zone.replace(':', '');
  return `${weekday}, ${day} ${MONTHS[Number(month) - 1]} ${year} ${hour}:${minute}:${second} ${offset}`;
}

/**
 * The calendar day a briefing belongs to, YYYY-MM-DD: the one its page shows, its archive month
 * and its day heading. A date-time written with its own offset keeps the day as written
 * (`2025-09-30T23:30-06:00` is September 30, though UTC is already October 1), as the editor
 * and the briefing's folder mean it. A date alone, a `Z` time or a time without a zone is the
 * day of that moment in the site's time zone.
 */
export function briefingDay(value: unknown, date: Date, timeZone: string): string {
  if (typeof value === 'string') {
    const match = ISO_DATE_TIME.exec(value.trim());
    const offset = match?.[7];
    if (match && offset && offset !== 'Z') return `${match[1]}-${match[2]}-${match[3]}`;
  }
  return isoDay(date, timeZone);
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

/** The machine-readable value for <time datetime>: the calendar day in the site's time zone. */
export function isoDay(date: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}
