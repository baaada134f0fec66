import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { type CollectionEntry, getCollection } from 'astro:content';
import { isoDay } from '../lib/briefings/dates.ts';
import { readingMinutes } from '../lib/briefings/listing.ts';
import { briefingPath, withBase } from '../lib/briefings/paths.ts';
import { relatedBriefings } from '../lib/related/related-briefings.ts';
import type { Topic } from '../lib/briefings/topics.ts';
import { type BriefingEntities, type Entity, ENTITY_KINDS, type EntityKind } from '../lib/entities/types.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { site } from '../site.config.ts';

/** A briefing as pages use it: validated front matter plus what is derived once per build. */
export interface Briefing {
  id: string;
  /** Site-relative URL including the deployment base. */
  url: string;
  title: string;
  date: Date;
  /** Calendar day of `date` in the site's time zone, YYYY-MM-DD. */
  day: string;
  updated?: Date | undefined;
  author: string;
  /** The editor's `summary`, or the lead paragraph's opening sentences. */
  summary: string;
  topics: Topic[];
  image?: CollectionEntry<'briefings'>['data']['image'] | undefined;
  readingMinutes: number;
  /** The body's h2 and h3 headings with their ids, for the table of contents. */
  headings: Array<{ depth: number; id: string; text: string }>;
  /** False when the editor kept the briefing out of search (`search: false`). */
  searchable: boolean;
  /** People, places and organisations it mentions, found while the Markdown was rendered. */
  entities: BriefingEntities;
  /** The Key Questions and Answers decided while the Markdown was rendered. */
  keyQuestions: KeyQuestions;
  entry: CollectionEntry<'briefings'>;
}

let all: Promise<Briefing[]> | undefined;

/**
 * Every published briefing, newest first. The collection is read once per build and shared by
 * every page: each getCollection() call clones the whole store, so pages must not call it.
 * Drafts are kept out of production builds and shown in `astro dev`.
 */
export function getBriefings(): Promise<Briefing[]> {
  all ??= getCollection('briefings', ({ data }) => import.meta.env.DEV || !data.draft).then((entries) => {
    failOnRenderProblems(entries);
    return entries.map(toBriefing).sort(newestFirst);
  });
  return all;
}

/** Stops the build with every problem found while rendering briefings, one line each. */
function failOnRenderProblems(entries: CollectionEntry<'briefings'>[]): void {
  const problems = entries.flatMap((entry) => (entry.rendered?.metadata?.frontmatter as { renderProblems?: string[] } | undefined)?.renderProblems ?? []);
  if (problems.length > 0) {
    throw new Error(`${problems.length === 1 ? 'A briefing needs' : `${problems.length} briefings need`} fixing:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function toBriefing(entry: CollectionEntry<'briefings'>): Briefing {
  const { data } = entry;
  // Derived while rendering (src/markdown/) and cached with the rendered entry.
  const derived = entry.rendered?.metadata?.frontmatter as { leadSummary?: string; keyQuestions?: KeyQuestions; entities?: BriefingEntities } | undefined;
  return {
    id: entry.id,
    url: withBase(briefingPath(entry.id), site.base),
    title: data.title,
    date: data.date,
    day: isoDay(data.date, site.timeZone),
    updated: data.updated,
    author: data.author,
    summary: data.summary ?? derived?.leadSummary ?? '',
    topics: data.topics,
    image: data.image,
    readingMinutes: readingMinutes((entry.body ?? '').split(/\s+/).filter(Boolean).length),
    headings: ((entry.rendered?.metadata?.headings ?? []) as MarkdownHeading[])
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ depth: heading.depth, id: heading.slug, text: heading.text })),
    searchable: data.search,
    entities: derived?.entities ?? { people: [], places: [], organizations: [] },
    keyQuestions: derived?.keyQuestions ?? { source: 'none', pairs: [], reason: 'the briefing has not been rendered' },
    entry,
  };
}

function newestFirst(a: Briefing, b: Briefing): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}

let related: Promise<Map<string, Briefing[]>> | undefined;

/**
 * Up to four related briefings for each briefing, by shared topics and words, computed once per
 * build for the whole collection.
 */
export function getRelatedBriefings(): Promise<Map<string, Briefing[]>> {
  related ??= getBriefings().then((briefings) => {
    const ids = relatedBriefings(
      briefings.map((briefing) => ({
        id: briefing.id,
        date: briefing.date,
        // Shared people, places and organisations count like shared topics.
        topics: [...briefing.topics.map((topic) => topic.slug), ...ENTITY_KINDS.flatMap((kind) => briefing.entities[kind].map((e) => `${kind}:${e.slug}`))],
        // Headline and headings say what a briefing is about; link targets say nothing.
        text: [briefing.title, briefing.title, ...briefing.headings.map((h) => h.text), (briefing.entry.body ?? '').replace(/\]\([^)]*\)/g, ']')].join('\n'),
      })),
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
  /** Whether it has its own page (mentioned in enough briefings, see site.entityPageMinBriefings). */
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
        .map((entry) => ({ ...entry, hasPage: entry.mentions.length >= site.entityPageMinBriefings }))
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    }
    return index;
  });
  return entityIndex;
}

let entityPages: Promise<Set<string>> | undefined;

/** "kind/slug" of every entity that has its own page, for linking to it in constant time. */
export function getEntityPages(): Promise<Set<string>> {
  entityPages ??= getEntityIndex().then((index) => new Set(ENTITY_KINDS.flatMap((kind) => index[kind].filter((entry) => entry.hasPage).map((entry) => `${kind}/${entry.slug}`))));
  return entityPages;
}
