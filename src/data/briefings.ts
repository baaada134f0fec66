import { timed } from '../lib/build-timings.ts';
import { newestFirst } from '../lib/briefings/listing.ts';
import { readingMinutes } from '../lib/briefings/reading-time.ts';
import { type BriefingProblem, errorsIn, formatProblem, problemsReport } from '../lib/briefings/problems.ts';
import { editorError } from '../lib/editor-error.ts';
import type { BriefingData } from '../lib/briefings/schema.ts';
import type { Topic } from '../lib/briefings/topics.ts';
import { type EntityListPages, entityListPages } from '../lib/entities/entity-list.ts';
import { ALPHABETICAL_SEGMENT, routes } from '../routes.ts';
import { type BriefingEntities, type Entity, ENTITY_KINDS, type EntityKind } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { relatedBriefings } from '../lib/related/related-briefings.ts';
import { type SearchFilterChoices, searchFilterChoices } from '../lib/search/filter-choices.ts';
import { checkAndRender } from '../build/check-and-render.ts';
import { buildPaths, site } from '../site.config.ts';
import { ENTITY_FILTER } from '../lib/search/search-state.ts';

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

let all: Promise<Briefing[]> | undefined;

/**
 * Every published briefing, newest first. The briefings folder is read, checked and rendered
 * once per build and shared by every page; rendered results are cached by content hash between
 * builds. Drafts are kept out of production builds and shown in `astro dev`, where the folder
 * is read again on every request so edits show on reload.
 */
export function getBriefings(): Promise<Briefing[]> {
  if (import.meta.env.DEV) return loadBriefings();
  all ??= loadBriefings();
  return all;
}

async function loadBriefings(): Promise<Briefing[]> {
  const { briefings, problems } = await checkAndRender(
    { briefings: buildPaths.briefings, entityAliases: buildPaths.entityAliases, cache: buildPaths.cache, publicDir: buildPaths.public },
    { includeDrafts: import.meta.env.DEV },
  );
  report(problems);
  return briefings
    .map(({ id, file, data, day, updatedDay, published, modified, body, rendered, imageSize }) => ({
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
    }))
    .sort(newestFirst);
}

/** Prints every warning, and stops the build with every error of every briefing at once. */
function report(problems: readonly BriefingProblem[]): void {
  for (const problem of problems) if (problem.severity === 'warning') console.warn(formatProblem(problem));
  if (errorsIn(problems).length > 0) throw editorError(problemsReport(problems));
}

let related: Promise<Map<string, Briefing[]>> | undefined;

/**
 * Up to four related briefings for each briefing, by shared topics and words, computed once per
 * build for the whole collection.
 */
export function getRelatedBriefings(): Promise<Map<string, Briefing[]>> {
  related ??= getBriefings().then((briefings) => {
    const ids = timed('related briefings', () =>
      relatedBriefings(
        briefings.map((briefing) => ({
          id: briefing.id,
          date: briefing.date,
          // Shared people, places and organisations count like shared topics.
          topics: [...briefing.topics.map((topic) => topic.slug), ...ENTITY_KINDS.flatMap((kind) => briefing.entities[kind].map((e) => `${kind}:${e.slug}`))],
          // Headline and headings say what a briefing is about; link targets say nothing.
          text: [briefing.title, briefing.title, ...briefing.headings.map((h) => h.text), briefing.body.replace(/\]\([^)]*\)/g, ']')].join('\n'),
        })),
      ),
    );
    const byId = new Map(briefings.map((briefing) => [briefing.id, briefing]));
    return new Map([...ids].map(([id, others]) => [id, others.flatMap((other) => byId.get(other) ?? [])]));
  });
  return related;
}

/** Topics with the briefings filed under each, most briefings first, then by name. */
export async function getTopics(): Promise<Array<{ topic: Topic; briefings: Briefing[] }>> {
  const byTopic = new Map<string, { topic: Topic; briefings: Briefing[] }>();
  for (const briefing of await getBriefings()) {
    for (const topic of briefing.topics) {
      const entry = byTopic.get(topic.slug) ?? { topic, briefings: [] };
      entry.briefings.push(briefing);
      byTopic.set(topic.slug, entry);
    }
  }
  return [...byTopic.values()].sort((a, b) => b.briefings.length - a.briefings.length || a.topic.label.localeCompare(b.topic.label));
}

/** An entity across the site: every briefing that mentions it, newest first, with how often. */
export interface EntityIndexEntry {
  kind: EntityKind;
  name: string;
  slug: string;
  mentions: Array<{ briefing: Briefing; count: number }>;
  /** Whether it has its own page (mentioned in enough briefings, see site.entityPageMinBriefings; "a-z" is the A–Z list's address). */
  hasPage: boolean;
}

let entityIndex: Promise<Record<EntityKind, EntityIndexEntry[]>> | undefined;

/** Every person, place and organisation of the site, most briefings first, computed once per build. */
export function getEntityIndex(): Promise<Record<EntityKind, EntityIndexEntry[]>> {
  entityIndex ??= getBriefings().then((briefings) => {
    const index = {} as Record<EntityKind, EntityIndexEntry[]>;
    for (const kind of ENTITY_KINDS) {
      const bySlug = new Map<string, EntityIndexEntry>();
      for (const briefing of briefings) {
        for (const entity of briefing.entities[kind] as Entity[]) {
          const entry = bySlug.get(entity.slug) ?? { kind, name: entity.name, slug: entity.slug, mentions: [], hasPage: false };
          entry.mentions.push({ briefing, count: entity.mentions });
          bySlug.set(entity.slug, entry);
        }
      }
      index[kind] = [...bySlug.values()]
        .map((entry) => ({ ...entry, hasPage: entry.mentions.length >= site.entityPageMinBriefings && entry.slug !== ALPHABETICAL_SEGMENT }))
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    }
    return index;
  });
  return entityIndex;
}

let entityLists: Promise<Record<EntityKind, EntityListPages<EntityIndexEntry>>> | undefined;

/** The people, places and organisations lists in pages of at most site.entityListPageSize, most mentioned first and A–Z. */
export function getEntityListPages(): Promise<Record<EntityKind, EntityListPages<EntityIndexEntry>>> {
  entityLists ??= getEntityIndex().then(
    (index) =>
      Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entityListPages(index[kind], { pageSize: site.entityListPageSize, lang: site.lang })])) as Record<
        EntityKind,
        EntityListPages<EntityIndexEntry>
      >,
  );
  return entityLists;
}

let entityPages: Promise<Set<string>> | undefined;

/** "kind/slug" of every entity that has its own page, for linking to it in constant time. */
export function getEntityPages(): Promise<Set<string>> {
  entityPages ??= getEntityIndex().then(
    (index) => new Set(ENTITY_KINDS.flatMap((kind) => index[kind].filter((entry) => entry.hasPage).map((entry) => `${kind}/${entry.slug}`))),
  );
  return entityPages;
}

let filterChoices: Promise<SearchFilterChoices> | undefined;

/** The search page's filter choices with their counts, over the briefings search can find. */
export function getSearchFilterChoices(): Promise<SearchFilterChoices> {
  filterChoices ??= getBriefings().then((briefings) =>
    searchFilterChoices(
      briefings.filter((briefing) => briefing.searchable),
      { entityChoices: site.searchEntityChoices, lang: site.lang },
    ),
  );
  return filterChoices;
}

let entityFilters: Promise<Set<string>> | undefined;

/** "person:Claudia Sheinbaum" for every entity search can be narrowed to, for briefing pages to mark. */
export function getSearchEntityFilters(): Promise<Set<string>> {
  entityFilters ??= getSearchFilterChoices().then(
    (choices) => new Set(ENTITY_KINDS.flatMap((kind) => choices[ENTITY_FILTER[kind]].map((choice) => `${ENTITY_FILTER[kind]}:${choice.value}`))),
  );
  return entityFilters;
}
