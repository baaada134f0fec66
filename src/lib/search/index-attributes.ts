/**
 * The values the search index files a briefing under, beyond its text: year and month filters
 * ("2025", "2025-09", from its calendar day in the site's time zone) and a date sort key that
 * orders by date and time as text (ISO 8601 in UTC).
 */
export function indexAttributes(date: Date, day: string): { year: string; month: string; sort: string } {
  const [year = '', month = ''] = day.split('-');
  return { year, month: `${year}-${month}`, sort: `date:${date.toISOString()}` };
}
