import { type CollectionEntry, getCollection } from 'astro:content';
import { briefingPath, withBase } from '../lib/briefings/paths.ts';
import type { Topic } from '../lib/briefings/topics.ts';
import type { KeyQuestions } from '../lib/qa/types.ts';
import { site } from '../site.config.ts';

/** A briefing as pages use it: validated front matter plus what is derived once per build. */
export interface Briefing {
  id: string;
  /** Site-relative URL including the deployment base. */
  url: string;
  title: string;
  date: Date;
  updated?: Date | undefined;
  author: string;
  /** The editor's `summary`, or the lead paragraph's opening sentences. */
  summary: string;
  topics: Topic[];
  image?: CollectionEntry<'briefings'>['data']['image'] | undefined;
  /** False when the editor kept the briefing out of search (`search: false`). */
  searchable: boolean;
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
  const derived = entry.rendered?.metadata?.frontmatter as { leadSummary?: string; keyQuestions?: KeyQuestions } | undefined;
  return {
    id: entry.id,
    url: withBase(briefingPath(entry.id), site.base),
    title: data.title,
    date: data.date,
    updated: data.updated,
    author: data.author,
    summary: data.summary ?? derived?.leadSummary ?? '',
    topics: data.topics,
    image: data.image,
    searchable: data.search,
    keyQuestions: derived?.keyQuestions ?? { source: 'none', pairs: [], reason: 'the briefing has not been rendered' },
    entry,
  };
}

function newestFirst(a: Briefing, b: Briefing): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}
