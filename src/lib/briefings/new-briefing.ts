import { fileNameFor, nameProblem } from './paths.ts';

/** A new briefing file: where it goes (relative to the briefings folder) and what it starts with. */
export interface NewBriefing {
  path: string;
  content: string;
}

/**
 * The file `npm run new -- "Headline"` creates: `YYYY/MM/<slug>.md` for the given day, with front
 * matter filled in and a body that shows the shape of a briefing. It starts as a draft, so an
 * unfinished briefing is never published by accident. The file name is made the way the build
 * makes addresses (paths.ts), so the build accepts it, and cut to a sensible length.
 */
export function newBriefing(headline: string, day: string): NewBriefing {
  const title = headline.trim().replace(/\s+/g, ' ');
  const name = fileNameFor(title);
  if (name === undefined) {
    const reason =
      nameProblem(title)?.kind === 'not-latin'
        ? 'has letters with no Latin spelling, and file names are written in Latin letters'
        : 'has no letters or digits to make a file name from';
    throw new Error(
      `The headline ${reason}: write the headline in Latin letters (it can be changed in the file afterwards), e.g. npm run new -- "Talks resume"`,
    );
  }
  const [year, month] = day.split('-');
  return {
    path: `${year}/${month}/${name}.md`,
    content: [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${day}`,
      'topics: []',
      '# summary: "One sentence under the headline; without it the lead paragraph is used."',
      '# Set draft to false (or delete the line) to publish.',
      'draft: true',
      '---',
      '',
      'The lead paragraph: the news in one or two sentences.',
      '',
      '## A section title',
      '',
      'Each section gets a `##` heading. Key Questions and Answers are written from the sections,',
      'or add your own under a "## Key Questions and Answers" heading as "- Question? Answer." items.',
      '',
    ].join('\n'),
  };
}
