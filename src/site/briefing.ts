import type { LoadedBriefing } from '../build/check-and-render.ts';
import { readingMinutes } from '../lib/briefings/reading-time.ts';
import type { BriefingData } from '../lib/briefings/schema.ts';
import type { Topic } from '../lib/briefings/topics.ts';
import type { BriefingEntities } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { routes } from '../routes.ts';

/** A briefing as pages use it: validated front matter plus what is derived once per build. */
export interface Briefing {
  id: string;
  /** The file it comes from, relative to the project. */
  file: string;
  /** Site-relative URL including the deployment base. */
  url: string;
  title: string;
  date: Date;
  /** The briefing's calendar day, YYYY-MM-DD: as written when `date` has its own offset, else in the site's time zone (briefingDay in dates.ts). */
  day: string;
  updated?: Date | undefined;
  /** The calendar day of `updated`, the same way. */
  updatedDay?: string | undefined;
  /** `date` and `updated` as ISO date-times in the offset the editor wrote (UTC when none). */
  published: string;
  modified?: string | undefined;
  author: string;
  /** The editor's `summary`, or the lead paragraph's opening sentences. */
  summary: string;
  /** The editor's own `summary` (the page's dek), when there is one. */
  dek?: string | undefined;
  topics: Topic[];
  image?: BriefingData['image'] | undefined;
  readingMinutes: number;
  /** The body's h2 and h3 headings with their ids, for the table of contents. */
  headings: Array<{ depth: number; id: string; text: string }>;
  /** False when the editor kept the briefing out of search (`search: false`). */
  searchable: boolean;
  /** People, places and organisations it mentions, found while the Markdown was rendered. */
  entities: BriefingEntities;
  /** The Key Questions and Answers decided while the Markdown was rendered. */
  keyQuestions: KeyQuestions;
  /** The Markdown body, as written. */
  body: string;
  /** The rendered, sanitised body. */
  html: string;
}

/** A checked and rendered briefing file as the pages read it. */
export function toBriefing({ id, file, data, day, updatedDay, published, modified, body, rendered, imageSize }: LoadedBriefing): Briefing {
  return {
    id,
    file,
    url: routes.briefing(id),
    title: data.title,
    date: data.date,
    day,
    updated: data.updated,
    updatedDay,
    published,
    modified,
    author: data.author,
    summary: data.summary ?? rendered.leadSummary ?? '',
    dek: data.summary,
    topics: data.topics,
    image: data.image && imageSize ? { ...data.image, ...imageSize } : data.image,
    readingMinutes: readingMinutes(body.split(/\s+/).filter(Boolean).length),
    headings: rendered.headings.filter((heading) => heading.depth === 2 || heading.depth === 3),
    searchable: data.search,
    entities: rendered.entities,
    keyQuestions: rendered.keyQuestions,
    body,
    html: rendered.html,
  };
}
