/** Where a question-and-answer pair came from: front matter, the editor's block, or the article. */
export type QaSource = 'authored' | 'parsed' | 'generated';

/** One entry of a briefing's Key Questions and Answers, as the page and `npm run qa` show it. */
export interface QaPair {
  question: string;
  answer: string;
  /** Title of the section that answers the question, when one does. */
  section?: string | undefined;
  /** rehype-slug id of that section's heading, for the "From:" link. */
  sectionId?: string | undefined;
  source: QaSource;
}

/** The Q&A of one briefing, and why it is empty when it is. */
export interface KeyQuestions {
  pairs: QaPair[];
  source: QaSource | 'none';
  /** Why no pairs were produced, e.g. "the article is not in English"; absent when there are pairs. */
  reason?: string | undefined;
  /** Generated questions only: the titled sections that gave no question, and why. */
  declined?: DeclinedSection[] | undefined;
}

/** A section the generator asked nothing of, and why, for `npm run qa`. */
export interface DeclinedSection {
  section: string;
  reason: string;
}
