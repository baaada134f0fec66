/** The front matter a generated briefing carries; optional fields are left out when undefined. */
export interface BriefingFrontMatter {
  title: string;
  date: string;
  updated?: string | undefined;
  author?: string | undefined;
  summary?: string | undefined;
  topics: readonly string[];
}

/** Writes a briefing file: YAML front matter between `---` lines, a blank line, the Markdown body. */
export function formatBriefingFile(frontMatter: BriefingFrontMatter, body: string): string {
  for (const topic of frontMatter.topics) {
    if (!/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(topic)) throw new Error(`topic "${topic}" must be words of letters only to be written unquoted`);
  }
  const lines = [
    '---',
    `title: ${JSON.stringify(frontMatter.title)}`,
    `date: ${frontMatter.date}`,
    frontMatter.updated === undefined ? undefined : `updated: ${frontMatter.updated}`,
    frontMatter.author === undefined ? undefined : `author: ${JSON.stringify(frontMatter.author)}`,
    frontMatter.summary === undefined ? undefined : `summary: ${JSON.stringify(frontMatter.summary)}`,
    `topics: [${frontMatter.topics.join(', ')}]`,
    '---',
  ];
  return `${lines.filter((line) => line !== undefined).join('\n')}\n\n${body.trim()}\n`;
}

/** Words as a reader counts them: whitespace-separated runs that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
