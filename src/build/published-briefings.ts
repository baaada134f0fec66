/**
 * The briefings a production build is publishing, handed from the pages (which read the content
 * folder once, in src/site/load-site.ts) to the publish step that audits the finished site
 * against them, in the same process, so the folder is not read a second time.
 */
export interface PublishedBriefing {
  id: string;
  /** The file it comes from, as the editor knows it. */
  file: string;
  date: Date;
  /** Its calendar day, YYYY-MM-DD. */
  day: string;
  /** False when the editor kept it out of search. */
  searchable: boolean;
}

// The pages and the integrations are separate module instances of the same process.
const KEY = Symbol.for('news-briefings:published-briefings');
type Holder = { [KEY]?: PublishedBriefing[] };

export function recordPublished(briefings: readonly PublishedBriefing[]): void {
  (globalThis as Holder)[KEY] = briefings.map(({ id, file, date, day, searchable }) => ({ id, file, date, day, searchable }));
}

/** What the pages recorded, once: a second build in the same process records its own. */
export function takePublished(): PublishedBriefing[] | undefined {
  const recorded = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  return recorded;
}
