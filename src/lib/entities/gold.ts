import { isMap, parseDocument } from 'yaml';
import { ENTITY_KINDS, type EntityKind } from './types.ts';

/**
 * A hand-annotated article: the people, places and organisations a careful reader would list,
 * each canonical name with the other ways the article writes it, and the names that are neither
 * right nor wrong to list (a programme that acts like a body, a team inside an agency).
 */
export interface GoldArticle {
  /** Where the annotation lives, for messages. */
  file: string;
  /** The article's path, relative to the project folder. */
  article: string;
  entities: Record<EntityKind, Map<string, string[]>>;
  optional: string[];
}

/** What extraction found in one article, as names per kind. */
export type FoundNames = Record<EntityKind, string[]>;

export interface FalsePositive {
  article: string;
  name: string;
  /** Why it is wrong: not an entity, the wrong kind, or a second entry for one entity. */
  reason: string;
}

export interface Miss {
  article: string;
  name: string;
}

export interface KindScore {
  truePositives: number;
  falsePositives: FalsePositive[];
  misses: Miss[];
}

export type Score = Record<EntityKind, KindScore>;

/** Reads one annotation file (YAML: article, people, places, organizations, optional). */
export function parseGold(source: string, file: string): GoldArticle {
  const document = parseDocument(source);
  if (document.errors.length > 0 || !isMap(document.contents))
    throw new Error(`${file}: is not a YAML mapping with article, people, places, organizations and optional`);
  const data = document.toJS() as Record<string, unknown>;
  if (typeof data.article !== 'string' || data.article === '') throw new Error(`${file}: needs \`article:\`, the article's path from the project folder`);
  const entities = {} as GoldArticle['entities'];
  for (const kind of ENTITY_KINDS) {
    const section = data[kind] ?? {};
    if (typeof section !== 'object' || section === null || Array.isArray(section))
      throw new Error(`${file}: \`${kind}\` must map each canonical name to a list of its other spellings`);
    entities[kind] = new Map(
      Object.entries(section as Record<string, unknown>).map(([name, aliases]) => {
        if (aliases !== null && (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string')))
          throw new Error(`${file}: \`${kind}.${name}\` must be a list of spellings`);
        return [name, (aliases ?? []) as string[]];
      }),
    );
  }
  const optional = data.optional ?? [];
  if (!Array.isArray(optional) || optional.some((name) => typeof name !== 'string')) throw new Error(`${file}: \`optional\` must be a list of names`);
  return { file, article: data.article, entities, optional: optional as string[] };
}

/** A spelling as compared: case, curly apostrophes, a leading "the" and spacing do not matter. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLowerCase();
}

/**
 * Compares what extraction found in one article with its annotation. A name is right when it is
 * a canonical name or an alias of an entity of the same kind; a second name for an entity already
 * matched is wrong (the reader would see one entity twice); names marked optional count neither
 * way; an annotated entity nobody found is a miss.
 */
export function scoreArticle(gold: GoldArticle, found: FoundNames): Score {
  const optional = new Set(gold.optional.map(normalizeName));
  const owner = (kind: EntityKind, name: string) => {
    const wanted = normalizeName(name);
    for (const [canonical, aliases] of gold.entities[kind]) if ([canonical, ...aliases].some((form) => normalizeName(form) === wanted)) return canonical;
    return undefined;
  };
  const score = {} as Score;
  for (const kind of ENTITY_KINDS) {
    const matched = new Map<string, string>();
    const result: KindScore = { truePositives: 0, falsePositives: [], misses: [] };
    for (const name of found[kind]) {
      const canonical = owner(kind, name);
      if (canonical !== undefined) {
        const earlier = matched.get(canonical);
        if (earlier === undefined) {
          matched.set(canonical, name);
          result.truePositives += 1;
        } else {
          result.falsePositives.push({ article: gold.article, name, reason: `a second entry for ${canonical} (already listed as ${earlier})` });
        }
        continue;
      }
      if (optional.has(normalizeName(name))) continue;
      const otherKind = ENTITY_KINDS.find((other) => other !== kind && owner(other, name) !== undefined);
      result.falsePositives.push({ article: gold.article, name, reason: otherKind ? `is one of the ${otherKind}` : `is not one of the ${kind}` });
    }
    for (const canonical of gold.entities[kind].keys()) if (!matched.has(canonical)) result.misses.push({ article: gold.article, name: canonical });
    score[kind] = result;
  }
  return score;
}

/** Adds up the scores of many articles. */
export function addScores(scores: readonly Score[]): Score {
  const total = {} as Score;
  for (const kind of ENTITY_KINDS) {
    total[kind] = {
      truePositives: scores.reduce((sum, score) => sum + score[kind].truePositives, 0),
      falsePositives: scores.flatMap((score) => score[kind].falsePositives),
      misses: scores.flatMap((score) => score[kind].misses),
    };
  }
  return total;
}

/** Share of listed names that are right (1 when nothing was listed). */
export function precision(score: KindScore): number {
  const listed = score.truePositives + score.falsePositives.length;
  return listed === 0 ? 1 : score.truePositives / listed;
}

/** Share of annotated entities that were listed (1 when none were annotated). */
export function recall(score: KindScore): number {
  const annotated = score.truePositives + score.misses.length;
  return annotated === 0 ? 1 : score.truePositives / annotated;
}

/** What the report needs besides the scores. */
export interface ReportContext {
  command: string;
  articles: number;
  ranAt: Date;
  /** Median CPU milliseconds of extraction per briefing, and what it was measured on. */
  cost?: { medianMs: number; briefings: number; on: string } | undefined;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The quality report as Markdown: a table per kind, then every false positive and miss. */
export function renderQualityReport(score: Score, context: ReportContext): string {
  const lines = [
    '# Entity extraction quality',
    '',
    `Measured by \`${context.command}\` on ${context.articles} hand-annotated articles (tests/fixtures/entities-gold/, see its README.md), ${context.ranAt.toISOString().slice(0, 10)}.`,
    '',
    '| Kind | Precision | Recall | Right | Wrong | Missed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...ENTITY_KINDS.map((kind) => {
      const s = score[kind];
      return `| ${kind} | ${percent(precision(s))} | ${percent(recall(s))} | ${s.truePositives} | ${s.falsePositives.length} | ${s.misses.length} |`;
    }),
    '',
  ];
  if (context.cost) {
    lines.push(
      `Cost: median ${context.cost.medianMs.toFixed(2)} ms of CPU per briefing for extraction, over ${context.cost.briefings} briefings (${context.cost.on}).`,
      '',
    );
  }
  for (const kind of ENTITY_KINDS) {
    const s = score[kind];
    lines.push(`## ${kind}`, '', '### Listed but wrong', '');
    lines.push(...(s.falsePositives.length === 0 ? ['None.'] : s.falsePositives.map((fp) => `- ${fp.name} (${fp.article}): ${fp.reason}`)), '');
    lines.push('### Missed', '');
    lines.push(...(s.misses.length === 0 ? ['None.'] : s.misses.map((miss) => `- ${miss.name} (${miss.article})`)), '');
  }
  return lines.join('\n');
}
