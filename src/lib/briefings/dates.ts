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

/** "September 3, 2025": the date as readers see it, in the site's language and time zone. */
export function formatDate(date: Date, lang: string, timeZone: string): string {
  return dateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(date);
}

/** The machine-readable value for <time datetime>: the calendar day in the site's time zone. */
export function isoDay(date: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}
