import GithubSlugger from 'github-slugger';

/**
 * Ids for the question headings of a Q&A section, "q-" plus the question's slug, unique among
 * themselves; the prefix keeps them apart from the article's own heading ids.
 */
export function questionIds(questions: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return questions.map((question) => `q-${slugger.slug(question) || 'question'}`);
}
