/** "1 briefing", "12 briefings". */
export function briefingCount(count: number): string {
  return `${count} ${count === 1 ? 'briefing' : 'briefings'}`;
}
