import type { Root } from 'mdast';
import { generateQuestions } from './generate.ts';
import { findQaBlock } from './parse-block.ts';
import { articleEvidence, CHECK_NAMES, checkPairs } from './quality-checks.ts';
import { closestByRougeL } from './rouge.ts';
import { splitSections } from './sections.ts';
import type { KeyQuestions } from './types.ts';

/**
 * The logic of `npm run qa:eval` (scripts/qa-eval.ts is its shell): runs the generator on each
 * article, checks every pair (quality-checks.ts), scores it against reference questions
 * (rouge.ts), and summarises and renders the result.
 */

/** An article ready to measure: its tree without the editor's Q&A block, and the questions a person asked of it. */
export interface ArticleInput {
  file: string;
  title: string;
  tree: Root;
  references: ReferenceQuestion[];
}

export interface ReferenceQuestion {
  question: string;
  answer: string;
  from: 'editor block' | 'ref.json';
}

export interface EvaluatedPair {
  question: string;
  answer: string;
  section?: string | undefined;
  failed: Array<{ check: string; detail: string }>;
}

export interface ScoredReference extends ReferenceQuestion {
  /** The generated question most like it, absent when nothing was generated. */
  closest?: string | undefined;
  rougeL: number;
}

export interface ArticleResult {
  file: string;
  title: string;
  /** CPU time (user + system) of the one generateQuestions call. */
  cpuMs: number;
  source: KeyQuestions['source'];
  reason?: string | undefined;
  /** Sections the generator chose not to ask about, when it says so. */
  declined?: Array<{ section: string; reason: string }> | undefined;
  /** Titled h2/h3 sections with at least 40 words of their own. */
  substantialSections: number;
  pairs: EvaluatedPair[];
  references: ScoredReference[];
}

export interface QualitySummary {
  articles: number;
  /** Articles with three or more substantial titled sections: where three questions are a fair ask. */
  sectionedArticles: number;
  sectionedWithThreePairs: number;
  pairs: number;
  pairsPassing: number;
  /** Failing pairs per check, every check listed. */
  failures: Record<string, number>;
  referenceQuestions: number;
  /** Mean over all reference questions of the best ROUGE-L F1 of a generated question; null with no references. */
  meanRougeL: number | null;
  cpuMs: { median: number; p90: number; max: number };
}

export interface QualityReport {
  ranAt: string;
  command: string;
  inputs: string[];
  count: number;
  summary: QualitySummary;
  /** reports/qa-judging.md as written by hand; null when there is none. */
  blindReading: string | null;
  articles: ArticleResult[];
}

const SUBSTANTIAL_SECTION_WORDS = 40;

/**
 * Takes the editor's Q&A block out of the tree (as the site does) and makes its pairs, and any
 * `.ref.json` pairs, the article's reference questions. Throws QaBlockError for a block the
 * build could not read either.
 */
export function readArticle(file: string, title: string, tree: Root, refPairs: ReadonlyArray<{ question: string; answer: string }> = []): ArticleInput {
  const block = findQaBlock(tree);
  if (block) tree.children.splice(block.start, block.end - block.start);
  const references: ReferenceQuestion[] = [
    ...(block?.pairs ?? []).map(({ question, answer }) => ({ question, answer, from: 'editor block' as const })),
    ...refPairs.map(({ question, answer }) => ({ question, answer, from: 'ref.json' as const })),
  ];
  return { file, title, tree, references };
}

/** The generator's signature; tests pass a stand-in so the report can be checked on known pairs. */
export type Generator = (tree: Root, count: number, lang: string, title: string) => KeyQuestions;

export interface EvaluateOptions {
  count: number;
  lang: string;
  /** generateQuestions unless a test says otherwise. */
  generate?: Generator | undefined;
}

/** Generates, times, checks and scores one article. */
function evaluateArticle(article: ArticleInput, options: EvaluateOptions): ArticleResult {
  const generate = options.generate ?? generateQuestions;
  const start = process.cpuUsage();
  let result: KeyQuestions & { declined?: unknown };
  try {
    result = generate(article.tree, options.count, options.lang, article.title);
  } catch (error) {
    // One article that breaks the generator should not hide the measurements of the rest.
    result = { source: 'none', pairs: [], reason: `the generator threw: ${error instanceof Error ? error.message : String(error)}` };
  }
  const used = process.cpuUsage(start);
  const failed = checkPairs(result.pairs, articleEvidence(article.tree));
  const questions = result.pairs.map((pair) => pair.question);
  return {
    file: article.file,
    title: article.title,
    cpuMs: (used.user + used.system) / 1000,
    source: result.source,
    reason: result.reason,
    declined: declinedOf(result.declined),
    substantialSections: splitSections(article.tree).filter(
      (section) => section.title !== '' && wordCount(section.blocks.join(' ')) >= SUBSTANTIAL_SECTION_WORDS,
    ).length,
    pairs: result.pairs.map((pair, i) => ({ question: pair.question, answer: pair.answer, section: pair.section, failed: failed[i] ?? [] })),
    references: article.references.map((reference) => {
      const closest = closestByRougeL(reference.question, questions);
      return { ...reference, closest: closest?.text, rougeL: closest?.f1 ?? 0 };
    }),
  };
}

/** The `declined` list a newer generator may return, if it is well formed. */
function declinedOf(value: unknown): ArticleResult['declined'] {
  if (!Array.isArray(value)) return undefined;
  return value.map((item: { section?: unknown; reason?: unknown }) => ({ section: String(item.section ?? ''), reason: String(item.reason ?? '') }));
}

/**
 * Measures every article and summarises. The generator is run once, untimed, before the first
 * article, so that article is not charged for the NLP library's start-up.
 */
export function buildReport(
  articles: readonly ArticleInput[],
  options: EvaluateOptions & { ranAt: Date; command: string; inputs: string[]; blindReading?: string | null | undefined },
): QualityReport {
  const first = articles[0];
  if (first) (options.generate ?? generateQuestions)(structuredClone(first.tree), options.count, options.lang, first.title);
  const results = articles.map((article) => evaluateArticle(article, options));
  return {
    ranAt: options.ranAt.toISOString(),
    command: options.command,
    inputs: options.inputs,
    count: options.count,
    summary: summarise(results),
    blindReading: options.blindReading ?? null,
    articles: results,
  };
}

/** The report's totals. */
export function summarise(results: readonly ArticleResult[]): QualitySummary {
  const pairs = results.flatMap((result) => result.pairs);
  const failures = Object.fromEntries(CHECK_NAMES.map((name) => [name, pairs.filter((pair) => pair.failed.some((f) => f.check === name)).length]));
  const references = results.flatMap((result) => result.references);
  const sectioned = results.filter((result) => result.substantialSections >= 3);
  const cpu = results.map((result) => result.cpuMs).sort((a, b) => a - b);
  return {
    articles: results.length,
    sectionedArticles: sectioned.length,
    sectionedWithThreePairs: sectioned.filter((result) => result.pairs.length >= 3).length,
    pairs: pairs.length,
    pairsPassing: pairs.filter((pair) => pair.failed.length === 0).length,
    failures,
    referenceQuestions: references.length,
    meanRougeL: references.length === 0 ? null : references.reduce((sum, reference) => sum + reference.rougeL, 0) / references.length,
    cpuMs: { median: percentile(cpu, 0.5), p90: percentile(cpu, 0.9), max: cpu.at(-1) ?? 0 },
  };
}

/** Nearest-rank percentile of sorted numbers; 0 for none. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const ms = (value: number) => value.toFixed(1);
const score = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

/** The few lines printed when the tool finishes. */
export function summaryText(report: QualityReport): string {
  const s = report.summary;
  const failing = s.pairs - s.pairsPassing;
  const perCheck = CHECK_NAMES.map((name) => `  ${name}: ${s.failures[name] ?? 0}`);
  return [
    `Articles: ${s.articles} (${s.sectionedWithThreePairs} of ${s.sectionedArticles} with 3+ substantial sections got 3+ pairs)`,
    `Pairs: ${s.pairs}, failing any check: ${failing}`,
    'Failures per check:',
    ...perCheck,
    `Mean ROUGE-L (closest generated question, ${s.referenceQuestions} reference questions): ${score(s.meanRougeL)}`,
    `CPU ms per article: median ${ms(s.cpuMs.median)}, max ${ms(s.cpuMs.max)}`,
  ].join('\n');
}

/** The Markdown report: header, summary, blind reading, then every article in detail. */
export function renderReportMarkdown(report: QualityReport): string {
  const s = report.summary;
  const lines = [
    '# Key Questions quality',
    '',
    `- Ran: ${report.ranAt}`,
    `- Command: \`${report.command}\``,
    `- Inputs: ${report.inputs.map((input) => `\`${input}\``).join(', ')}`,
    `- Questions asked per article: ${report.count}`,
    '',
    '## Summary',
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Articles | ${s.articles} |`,
    `| Articles with ≥3 titled sections of ≥${SUBSTANTIAL_SECTION_WORDS} words | ${s.sectionedArticles} |`,
    `| … of those with ≥3 pairs | ${s.sectionedWithThreePairs} |`,
    `| Pairs | ${s.pairs} |`,
    `| Pairs passing all checks | ${s.pairsPassing} |`,
    ...CHECK_NAMES.map((name) => `| Failing \`${name}\` | ${s.failures[name] ?? 0} |`),
    `| Mean ROUGE-L over ${s.referenceQuestions} reference questions | ${score(s.meanRougeL)} |`,
    `| CPU ms per article, median / p90 / max | ${ms(s.cpuMs.median)} / ${ms(s.cpuMs.p90)} / ${ms(s.cpuMs.max)} |`,
    '',
    'ROUGE-L: for each reference question, the F1 of the longest common word subsequence with the closest generated question (0 when none was generated), averaged.',
    '',
    '## Blind reading',
    '',
    report.blindReading === null ? 'No blind reading recorded yet.' : report.blindReading.trimEnd(),
    '',
    '## Articles',
  ];
  for (const [i, article] of report.articles.entries()) lines.push('', ...articleLines(article, i + 1));
  return `${lines.join('\n')}\n`;
}

function articleLines(article: ArticleResult, number: number): string[] {
  const lines = [
    `### ${number}. ${article.title}`,
    '',
    `\`${article.file}\` · ${ms(article.cpuMs)} ms CPU · ${plural(article.pairs.length, 'pair')} · ${plural(article.substantialSections, 'substantial section')}`,
    '',
  ];
  if (article.pairs.length === 0) lines.push(`No pairs: ${article.reason ?? 'no reason given'}.`, '');
  for (const [i, pair] of article.pairs.entries()) {
    lines.push(`${i + 1}. **Q:** ${pair.question}`, `   - **A:** ${pair.answer}`);
    if (pair.section) lines.push(`   - Section: ${pair.section}`);
    lines.push(pair.failed.length === 0 ? '   - Checks: all pass' : `   - **Fails:** ${pair.failed.map((f) => `\`${f.check}\` (${f.detail})`).join('; ')}`);
  }
  if (article.pairs.length > 0) lines.push('');
  if (article.declined && article.declined.length > 0) {
    lines.push('Declined sections:', '', ...article.declined.map((d) => `- ${d.section}: ${d.reason}`), '');
  }
  if (article.references.length > 0) {
    lines.push('Reference questions (ROUGE-L with the closest generated question):', '');
    for (const reference of article.references) {
      lines.push(`- ${score(reference.rougeL)} ${reference.question} *(${reference.from})*`, `  → ${reference.closest ?? '(no generated question)'}`);
    }
    lines.push('');
  }
  return lines.slice(0, lines.at(-1) === '' ? -1 : undefined);
}
