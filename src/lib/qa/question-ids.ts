import GithubSlugger from 'github-slugger';
import { QUESTION_ID_PREFIX } from '../page-ids.ts';

/**
 * Ids for the question headings of a Q&A section, `QUESTION_ID_PREFIX` ("q-") plus the question's slug, unique among
 * themselves; the prefix keeps them apart from the article's own heading ids.
 */
export function questionIds(questions: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return questions.map((question) => `${QUESTION_ID_PREFIX}${slugger.slug(question) || 'question'}`);
}
