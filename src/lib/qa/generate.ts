import nlp from 'compromise';
import type { Root } from 'mdast';
import { contentWords, pickAnswer } from './answer.ts';
import { looksEnglish } from './language.ts';
import { parseParagraphs } from '../nlp.ts';
import { fullNamesBySurname } from './names.ts';
import { type HeadingContext, type QuestionKind, questionFromHeading } from './question-from-heading.ts';
import { type ArticleCasing, articleCasing, sentenceCase } from './recase.ts';
import { type ArticleSection, splitSections } from './sections.ts';
import { splitSentences, wordCount } from './sentences.ts';
import type { KeyQuestions, QaPair } from './types.ts';

/** Sections shorter than this have too little to answer a question with. */
const MIN_SECTION_WORDS = 25;
/** Articles shorter than this get no generated questions at all. */
const MIN_ARTICLE_WORDS = 60;

// How far each rule's questions are trusted: specific rules read as an editor's question,
// generic ones only as a fallback; background and boilerplate sections rank last.
const KIND_WEIGHT: Record<QuestionKind | 'lead', number> = {
  'as-written': 4,
  'wh-clause': 3.5,
  possessive: 3.5,
  purpose: 3.5,
  actions: 3.5,
  addressing: 3.5,
  lead: 3,
  event: 2.5,
  nominal: 2,
  'noun-phrase': 1.5,
  fallback: 1,
  background: 0,
};

interface Candidate {
  pair: QaPair;
  score: number;
  order: number;
}

/**
 * Generates up to `count` questions a reader would ask of an article, each answered by one or
 * two sentences copied from the section it is about. Deterministic and offline. Returns no
 * pairs, with the reason, for an article that is too short or not in English.
 */
export function generateQuestions(tree: Root, count: number, lang = 'en'): KeyQuestions {
  const sections = splitSections(tree);
  const text = sections.flatMap((section) => section.blocks).join('\n');
  if (wordCount(text) < MIN_ARTICLE_WORDS) return none('the article is too short to ask questions about');
  if (!looksEnglish(text)) return none('the article does not read as English, and questions are only generated for English');

  const casing = articleCasing(text);
  const names = fullNamesBySurname(text);
  const titled = sections.filter((section) => section.title !== '' && wordCount(section.blocks.join(' ')) >= MIN_SECTION_WORDS);
  const candidates: Candidate[] = [];
  sections.forEach((section, order) => {
    const candidate =
      section.title === '' || !titled.includes(section)
        ? section.title === ''
          ? leadCandidate(section, casing, lang, titled.length === 0 ? 3 : 1)
          : []
        : sectionCandidate(section, { casing, names, leadSentence: splitSentences(section.blocks[0] ?? '', lang)[0] ?? '' }, lang);
    for (const [i, found] of candidate.entries()) candidates.push({ ...found, order: order + i / 10 });
  });

  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.length >= count) break;
    if (chosen.some((other) => overlaps(other.pair, candidate.pair))) continue;
    chosen.push(candidate);
  }
  if (chosen.length === 0) return none('no section has enough text to answer a question');
  return { source: 'generated', pairs: chosen.sort((a, b) => a.order - b.order).map((c) => c.pair) };
}

function sectionCandidate(section: ArticleSection, context: HeadingContext, lang: string): Omit<Candidate, 'order'>[] {
  const { question, kind } = questionFromHeading(section.title, context);
  const answer = pickAnswer(question, section.blocks, lang);
  if (!answer) return [];
  const pair: QaPair = { question, answer, section: section.title, sectionId: section.id, source: 'generated' };
  return [{ pair, score: KIND_WEIGHT[kind] + informativeness(section.blocks.join('\n')) }];
}

/** Questions from untitled paragraphs: the lead of a sectioned article, or up to `limit` paragraphs of one without sections. */
function leadCandidate(section: ArticleSection, casing: ArticleCasing, lang: string, limit: number): Omit<Candidate, 'order'>[] {
  const found: Omit<Candidate, 'order'>[] = [];
  for (const block of section.blocks) {
    if (found.length >= limit) break;
    if (wordCount(block) < MIN_SECTION_WORDS) continue;
    const question = paragraphQuestion(splitSentences(block, lang)[0] ?? '', casing);
    const answer = question && pickAnswer(question, [block], lang);
    if (!question || !answer) continue;
    found.push({ pair: { question, answer, source: 'generated' }, score: KIND_WEIGHT.lead + informativeness(block) });
  }
  return found;
}

// Verbs that report a decision or statement: "Officials announced…" asks what they announced.
const REPORTING_VERBS: Record<string, string> = {
  announced: 'announce',
  said: 'say',
  reported: 'report',
  confirmed: 'confirm',
  unveiled: 'unveil',
  approved: 'approve',
  proposed: 'propose',
  published: 'publish',
  ordered: 'order',
  decided: 'decide',
};

/**
 * "Crossings at the southern border fell…" -> "What happened to crossings at the southern
 * border?"; "Officials in Chiapas announced…" -> "What did officials in Chiapas announce?"
 */
function paragraphQuestion(sentence: string, casing: ArticleCasing): string | undefined {
  const terms = (nlp(sentence).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const verbAt = terms.findIndex((term) => term.tags.includes('Verb'));
  if (verbAt < 1 || verbAt > 8) return undefined;
  const subjectTerms = terms.slice(0, verbAt);
  if (subjectTerms.some((term) => term.tags.includes('Pronoun'))) return undefined;
  const subject = sentenceCase(subjectTerms.map((term) => term.text).join(' '), casing).replace(/[,;:]+$/, '');
  const reporting = REPORTING_VERBS[terms[verbAt]?.text.toLowerCase() ?? ''];
  if (reporting) return `What did ${subject} ${reporting}?`;
  if (subjectTerms.some((term) => term.tags.includes('Person'))) return `What is the latest on ${subject}?`;
  return `What happened to ${subject}?`;
}

/** A little credit for sections dense with names and numbers, the stuff of news. */
function informativeness(text: string): number {
  const facts = parseParagraphs(text).reduce((sum, doc) => sum + doc.people().length + doc.places().length + doc.organizations().length + doc.numbers().length, 0);
  return Math.min(1.5, facts * 0.15) + (wordCount(text) >= 40 ? 0.5 : 0);
}

/** Two pairs overlap when they ask the same question or their answers share most of their words. */
function overlaps(a: QaPair, b: QaPair): boolean {
  if (a.question.toLowerCase() === b.question.toLowerCase()) return true;
  const wordsA = contentWords(a.answer);
  const wordsB = contentWords(b.answer);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  return shared / Math.max(1, Math.min(wordsA.size, wordsB.size)) > 0.6;
}

function none(reason: string): KeyQuestions {
  return { source: 'none', pairs: [], reason };
}
