import type { Root } from 'mdast';
import { answerFrom, canOpenAnswer, contentWords, pickAnswer, sentencesOf } from './answer.ts';
import { articleSubject } from './article-subject.ts';
import { cleanHeading } from './heading-text.ts';
import { looksEnglish } from './language.ts';
import { fullName } from './names.ts';
import { FURNITURE_HEADING, type QuestionKind, questionFromHeading } from './question-from-heading.ts';
import { questionFromSentence } from './question-from-sentence.ts';
import { articleCasing } from './recase.ts';
import { type ArticleSection, splitSections } from './sections.ts';
import { type SentenceContext, topicWordsOf } from './sentence-parts.ts';
import { wordCount } from './sentences.ts';
import type { DeclinedSection, KeyQuestions, QaPair } from './types.ts';

/** Sections shorter than this have too little to answer a question with. */
const MIN_SECTION_WORDS = 25;
/** Articles shorter than this get no generated questions at all. */
const MIN_ARTICLE_WORDS = 60;
/** Sentences read per section when looking for definitions and reasons; the rest is rarely needed. */
const SENTENCES_PER_SECTION = 12;

// How far each rule is trusted: a heading the editor wrote as a question most, then headings that
// map onto a question form, then sentences that define or explain, then topic headings.
const KIND_WEIGHT: Record<QuestionKind, number> = {
  'as-written': 5,
  'wh-clause': 4.5,
  possessive: 4.2,
  purpose: 4.2,
  actions: 4.2,
  definition: 4,
  role: 3.9,
  cause: 3.5,
  workings: 3.8,
  fate: 3.7,
  where: 3.4,
  share: 3.2,
  addressing: 3.8,
  meaning: 3.8,
  copula: 3.4,
  enables: 3.3,
  'how-many': 3.3,
  when: 3.1,
  agent: 3.3,
  participle: 3,
  claim: 3,
};

/** A second question from one section must come from a rule trusted at least this much. */
const SECOND_MIN_SCORE = 3.4;

/** Heading rules that keep the editor's own question: its answer must say what a "How" asks. */
const ASKED_BY_HEADING = new Set<QuestionKind>(['as-written', 'wh-clause']);

/** Sentence rules whose answer may go on into the next sentence: a definition is often finished there. */
const EXPLAINED_FURTHER = new Set<QuestionKind>(['definition', 'copula']);

interface Candidate {
  pair: QaPair;
  score: number;
  /** Index of the section, plus a fraction for the sentence's place in it: the order on the page. */
  section: number;
}

/**
 * Generates up to `count` questions a reader would ask of an article, each answered by one or
 * two sentences copied verbatim from the article, at most one per section. Questions come from
 * headings that map onto a question and from sentences that define or explain something; when no
 * rule is confident a section gives none, and `declined` says why. Deterministic and offline.
 * Returns no pairs, with the reason, for an article that is too short or not in English.
 */
export function generateQuestions(tree: Root, count: number, lang = 'en', title = ''): KeyQuestions {
  const sections = splitSections(tree);
  const text = sections.flatMap((section) => section.blocks).join('\n');
  if (wordCount(text) < MIN_ARTICLE_WORDS) return none('the article is too short to ask questions about');
  if (!looksEnglish(text)) return none('the article does not read as English, and questions are only generated for English');

  const casing = articleCasing(text);
  let subject: string | undefined | null = null;
  const context = {
    casing,
    fullName: (surname: string) => fullName(surname, text),
    subject: () => (subject === null ? (subject = title ? articleSubject(title, casing) : undefined) : subject),
  };
  const headings = sections.map((section) => cleanHeading(section.title)).filter(Boolean);
  const sentenceContext: SentenceContext = {
    casing,
    terms: new Set(headings.map((heading) => heading.toLowerCase())),
    topicWords: topicWordsOf([title, ...headings]),
  };
  // An article without headings may take several questions from its paragraphs; otherwise one a section.
  const perSection = sections.every((section) => section.title === '') ? 3 : 1;

  const candidates: Candidate[] = [];
  const declined: DeclinedSection[] = [];
  sections.forEach((section, index) => {
    const words = wordCount(section.blocks.join(' '));
    if (FURNITURE_HEADING.test(cleanHeading(section.title))) {
      declined.push({ section: section.title, reason: 'the section is part of the page (thanks, links, contacts), not of the story' });
      return;
    }
    if (section.title !== '' && words < MIN_SECTION_WORDS) {
      declined.push({ section: section.title, reason: `the section has ${words} words, too few to answer a question` });
      return;
    }
    const { sentences, paragraphOf } = sentencesOf(section.blocks, lang);
    const found: Candidate[] = [];
    let headingReason: string | undefined;
    if (section.title !== '') {
      const asked = questionFromHeading(section.title, { ...context, leadSentence: sentences[0] ?? '' });
      if ('declined' in asked) headingReason = asked.declined;
      else {
        const answer = definitionAnswer(asked, pickAnswer(asked.question, section.blocks, lang, { askedAsWritten: ASKED_BY_HEADING.has(asked.kind) }), lang);
        if (answer) found.push(candidate(section, index, asked.question, answer, asked.kind, words));
        else headingReason = 'none of the section’s first sentences can answer on its own';
      }
    }
    // Every sentence near the top may give a question; the ranking keeps the best of each section,
    // preferring, between rules trusted alike, the sentence nearer the top.
    for (const [at, sentence] of sentences.slice(0, SENTENCES_PER_SECTION).entries()) {
      const asked = canOpenAnswer(sentence) ? questionFromSentence(sentence, sentenceContext) : undefined;
      if (!asked) continue;
      // A question made from one sentence is answered by that sentence; a definition may take the next one too.
      const answer = EXPLAINED_FURTHER.has(asked.kind) ? definitionAnswer(asked, answerFrom(sentences, at, paragraphOf), lang) : sentence;
      if (!answer) continue;
      found.push(candidate(section, index + at / 100, asked.question, answer, asked.kind, words, at * 0.02));
    }
    if (found.length === 0 && section.title !== '') {
      declined.push({ section: section.title, reason: `${headingReason ?? 'no heading rule applied'}, and no sentence defines or explains something` });
    }
    candidates.push(...found);
  });

  // One question a section first, so the box covers the article; then, if places are left, a
  // second from a section with more than one good sentence.
  const chosen: Candidate[] = [];
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.section - b.section);
  for (const [limit, minScore] of [
    [perSection, 0],
    [Math.max(perSection, 2), SECOND_MIN_SCORE],
  ] as const) {
    for (const found of ranked) {
      if (found.score < minScore) continue;
      if (chosen.length >= count) break;
      if (chosen.includes(found) || chosen.filter((other) => Math.floor(other.section) === Math.floor(found.section)).length >= limit) continue;
      if (chosen.some((other) => overlaps(other.pair, found.pair))) continue;
      chosen.push(found);
    }
  }
  for (const section of new Set(candidates.map((found) => Math.floor(found.section)))) {
    const title = sections[section]?.title ?? '';
    if (title !== '' && !chosen.some((found) => Math.floor(found.section) === section))
      declined.push({ section: title, reason: 'other sections gave better questions' });
  }
  if (chosen.length === 0) return { ...none('no section gave a question that could stand on its own'), declined };
  const pairs = chosen.sort((a, b) => a.section - b.section).map((found) => found.pair);
  return { source: 'generated', pairs, declined };
}

/**
 * A definition goes on into the next sentence only when that sentence goes on about the same thing
 * ("It…", or the term again); "Node.js is a runtime. The diverse community…" pads the answer.
 */
function definitionAnswer(asked: { question: string; kind: QuestionKind }, answer: string | undefined, lang: string): string | undefined {
  if (asked.kind !== 'definition' || answer === undefined) return answer;
  const [first = answer, next = ''] = sentencesOf([answer], lang).sentences;
  if (next === '') return answer;
  const term = /^(?:What|Who) (?:is|are) (?:the |a |an )?(.+)\?$/.exec(asked.question)?.[1]?.split(/\s+/)[0]?.toLowerCase() ?? '';
  return /^(?:it|its|they|their)\b/i.test(next) || (term !== '' && next.toLowerCase().startsWith(term)) ? answer : first;
}

/** A pair to rank; `penalty` lowers the score of a sentence further down its section. */
function candidate(section: ArticleSection, index: number, question: string, answer: string, kind: QuestionKind, words: number, penalty = 0): Candidate {
  const pair: QaPair = { question, answer, source: 'generated', ...(section.title ? { section: section.title, sectionId: section.id } : {}) };
  return { pair, score: KIND_WEIGHT[kind] + (words >= 40 ? 0.3 : 0) - penalty, section: index };
}

/** Two pairs overlap when they ask the same question or their answers share most of their words. */
function overlaps(a: QaPair, b: QaPair): boolean {
  if (questionKey(a.question) === questionKey(b.question)) return true;
  const wordsA = contentWords(a.answer);
  const wordsB = contentWords(b.answer);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared / Math.max(1, Math.min(wordsA.size, wordsB.size)) > 0.6;
}

/** A question reduced to what it asks: "What are deprecation trials?" and "What is a deprecation trial?" ask one thing. */
function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/\b(?:is|are|was|were|a|an|the)\b/g, '')
    .replace(/(\p{L}+(?:ss|x|ch|sh))es\b/gu, '$1')
    .replace(/(\p{L}{2,}[^s])s\b/gu, '$1')
    .replace(/\W+/g, ' ')
    .trim();
}

function none(reason: string): KeyQuestions {
  return { source: 'none', pairs: [], reason };
}
