/** One question asked through the search page, and where the article it was asked about came. */
export interface AskedQuestion {
  question: string;
  /** Address of the article the question was written for. */
  expected: string;
  /** Addresses of the results shown, best first. */
  results: string[];
  /** What the page said it searched for. */
  status: string;
}

export interface QuestionSearchSummary {
  questions: number;
  first: number;
  topThree: number;
  empty: number;
}

/** 1-based rank of the article among the results; undefined when it was not shown. */
function rankOf(asked: AskedQuestion): number | undefined {
  const index = asked.results.indexOf(asked.expected);
  return index === -1 ? undefined : index + 1;
}

export function summarise(asked: readonly AskedQuestion[]): QuestionSearchSummary {
  const ranks = asked.map(rankOf);
  return {
    questions: asked.length,
    first: ranks.filter((rank) => rank === 1).length,
    topThree: ranks.filter((rank) => rank !== undefined && rank <= 3).length,
    empty: asked.filter((question) => question.results.length === 0).length,
  };
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** The report as Markdown: the three figures, then every question with its article's rank. */
export function questionSearchMarkdown(asked: readonly AskedQuestion[], command: string): string {
  const summary = summarise(asked);
  return [
    '# Questions typed into search',
    '',
    `- Command: \`${command}\``,
    '- Each question a human FAQ asked about an article was typed, as written, into the search page of a site built from the articles; the article it was asked about should come first.',
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Questions | ${summary.questions} |`,
    `| Article first | ${summary.first} (${percent(summary.first, summary.questions)}) |`,
    `| Article in the top 3 | ${summary.topThree} (${percent(summary.topThree, summary.questions)}) |`,
    `| No results at all | ${summary.empty} |`,
    '',
    '| Rank | Question | What the page said |',
    '| --- | --- | --- |',
    ...asked.map((question) => `| ${rankOf(question) ?? '–'} | ${cell(question.question)} | ${cell(question.status)} |`),
    '',
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
