import { checkAndRender } from '../build/check-and-render.ts';
import { recordPublished } from '../build/published-briefings.ts';
import { timed } from '../lib/build-timings.ts';
import { newestFirst } from '../lib/briefings/listing.ts';
import { type BriefingProblem, errorsIn, formatProblem, problemsReport } from '../lib/briefings/problems.ts';
import type { Topic } from '../lib/briefings/topics.ts';
import { type EntityListPages, entityListPages } from '../lib/entities/entity-list.ts';
import { ENTITY_KINDS, type EntityKind } from '../lib/entities/types.ts';
import { editorError } from '../lib/editor-error.ts';
import { relatedBriefings } from '../lib/related/related-briefings.ts';
import { type SearchFilterChoices, searchFilterChoices } from '../lib/search/filter-choices.ts';
import { ENTITY_FILTER } from '../lib/search/search-state.ts';
import { buildPaths, site as config } from '../site.config.ts';
import { type Briefing, toBriefing } from './briefing.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import { type EntityIndex, type EntityIndexEntry, entityIndex } from './entity-index.ts';

export type { Briefing } from './briefing.ts';
export type { EntityIndexEntry } from './entity-index.ts';

/** Everything the pages show, derived once from the content folder. */
export interface Site {
  /** Every published briefing, newest first. */
  briefings: Briefing[];
  /** Up to four related briefings for each briefing id. */
  related: Map<string, Briefing[]>;
  /** Topics with their briefings (newest first), most briefings first, then by name. */
  topics: Array<{ topic: Topic; briefings: Briefing[] }>;
  /** Every person, place and organisation, most briefings first. */
  entities: EntityIndex;
  /** The people, places and organisations lists, in pages, most mentioned first and A–Z. */
  entityLists: Record<EntityKind, EntityListPages<EntityIndexEntry>>;
  /** "kind/slug" of every entity that has its own page. */
  entityPages: Set<string>;
  /** The search page's filter choices with their counts, over the briefings search can find. */
  filterChoices: SearchFilterChoices;
  /** "person:Claudia Sheinbaum" for every entity search can be narrowed to. */
  entityFilters: Set<string>;
}

let loaded: { fingerprint: string; site: Promise<Site> } | undefined;

/**
 * The site, computed once per build and shared by every page; rendered briefings are cached by
 * content hash between builds. In `astro dev` drafts are shown, and the site is derived again
 * whenever a briefing or the entity aliases change, so edits show on reload.
 */
export function loadSite(): Promise<Site> {
  const fingerprint = import.meta.env.DEV ? contentFingerprint(buildPaths.briefings, [buildPaths.entityAliases]) : '';
  if (loaded?.fingerprint !== fingerprint) {
    const site = deriveSite();
    loaded = { fingerprint, site };
    // A load that failed (a briefing with an error) is tried again on the next request.
    site.catch(() => {
      if (loaded?.site === site) loaded = undefined;
    });
  }
  return loaded.site;
}

async function deriveSite(): Promise<Site> {
  const { briefings: files, problems } = await checkAndRender(
    { briefings: buildPaths.briefings, entityAliases: buildPaths.entityAliases, cache: buildPaths.cache, publicDir: buildPaths.public },
    { includeDrafts: import.meta.env.DEV },
  );
  report(problems);
  const briefings = files.map(toBriefing).sort(newestFirst);
  if (!import.meta.env.DEV) recordPublished(briefings);
  // Rebuilt on every build rather than updated: for 10,000 briefings this takes a fraction of a
  // second ("site lists" in the benchmark's stage times), less than keeping them would cost.
  const lists = timed('site lists (entities, topics, filter choices)', () => siteLists(briefings));
  return { briefings, related: related(briefings), ...lists };
}

/** The lists derived from all briefings: topics, people, places and organisations, search filters. */
function siteLists(briefings: readonly Briefing[]): Omit<Site, 'briefings' | 'related'> {
  const entities = entityIndex(briefings, config.entityPageMinBriefings);
  const filterChoices = searchFilterChoices(
    briefings.filter((briefing) => briefing.searchable),
    { entityChoices: config.searchEntityChoices, lang: config.lang },
  );
  return {
    topics: topics(briefings),
    entities,
    entityLists: Object.fromEntries(
      ENTITY_KINDS.map((kind) => [kind, entityListPages(entities[kind], { pageSize: config.entityListPageSize, lang: config.lang })]),
    ) as Site['entityLists'],
    entityPages: new Set(ENTITY_KINDS.flatMap((kind) => entities[kind].filter((entry) => entry.hasPage).map((entry) => `${kind}/${entry.slug}`))),
    filterChoices,
    entityFilters: new Set(ENTITY_KINDS.flatMap((kind) => filterChoices[ENTITY_FILTER[kind]].map((choice) => `${ENTITY_FILTER[kind]}:${choice.value}`))),
  };
}

/** Prints every warning, and stops the build with every error of every briefing at once. */
function report(problems: readonly BriefingProblem[]): void {
  for (const problem of problems) if (problem.severity === 'warning') console.warn(formatProblem(problem));
  if (errorsIn(problems).length > 0) throw editorError(problemsReport(problems));
}

/** Up to four related briefings for each briefing, by shared topics, people, places, organisations and words. */
function related(briefings: readonly Briefing[]): Map<string, Briefing[]> {
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
}

/** Topics with the briefings filed under each, most briefings first, then by name. */
function topics(briefings: readonly Briefing[]): Site['topics'] {
  const byTopic = new Map<string, { topic: Topic; briefings: Briefing[] }>();
  for (const briefing of briefings) {
    for (const topic of briefing.topics) {
      const entry = byTopic.get(topic.slug) ?? { topic, briefings: [] };
      entry.briefings.push(briefing);
      byTopic.set(topic.slug, entry);
    }
  }
  return [...byTopic.values()].sort((a, b) => b.briefings.length - a.briefings.length || a.topic.label.localeCompare(b.topic.label));
}
