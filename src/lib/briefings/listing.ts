/** Items that share a calendar day, for listings grouped under a date heading. */
export interface DayGroup<T> {
  /** YYYY-MM-DD in the site's time zone. */
  day: string;
  items: T[];
}

/** Groups items (already in order) by the calendar day `dayOf` gives them, keeping their order. */
export function groupByDay<T>(items: readonly T[], dayOf: (item: T) => string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = dayOf(item);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** A month of the archive with how many briefings it holds. */
export interface ArchiveMonth {
  year: string;
  /** Two digits, "09". */
  month: string;
  count: number;
}

/** The months that have briefings, newest first, from the briefings' calendar days. */
export function archiveMonths(days: readonly string[]): ArchiveMonth[] {
  const counts = new Map<string, number>();
  for (const day of days) counts.set(day.slice(0, 7), (counts.get(day.slice(0, 7)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => b.localeCompare(a)).map(([key, count]) => ({ year: key.slice(0, 4), month: key.slice(5, 7), count }));
}

/**
 * Newest day first, so lists grouped by day stay in order even when a briefing's own offset puts
 * its day before a later UTC day; within a day the latest moment first; then by id, so every
 * list has one stable order.
 */
export function newestFirst(a: { day: string; date: Date; id: string }, b: { day: string; date: Date; id: string }): number {
  return b.day.localeCompare(a.day) || b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}
