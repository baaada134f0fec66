import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBriefingFile } from '../src/lib/briefings/content-folder.ts';
import { formatProblem } from '../src/lib/briefings/problems.ts';
import { createTreeParser } from '../src/render/processor.ts';
import { QaBlockError } from '../src/lib/qa/parse-block.ts';
import { type ArticleInput, buildReport, readArticle, renderReportMarkdown, summaryText } from '../src/lib/qa/quality-report.ts';
import { site } from '../src/site.config.ts';

/**
 * `npm run qa:eval -- <folder-or-file> [...] [--count N] [--strict]`: measures the Key Questions
 * generator on every article named (quality-report.ts holds the logic) and writes
 * reports/qa-quality.md and .json. Exit 1 with --strict when a pair fails a check; 2 on bad usage.
 */
const USAGE = 'npm run qa:eval -- <folder-or-file.md> [...] [--count N] [--strict]';
const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'reports');

const args = process.argv.slice(2);
let strict = false;
let count: number = site.qaCount;
const inputs: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--strict') strict = true;
  else if (arg === '--count' || arg.startsWith('--count=')) {
    const value = arg === '--count' ? args[(i += 1)] : arg.slice('--count='.length);
    count = Number(value);
    if (!Number.isInteger(count) || count < 1) usage(`--count needs a whole number above 0, not "${value ?? ''}"`);
  } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
  else inputs.push(arg);
}
if (inputs.length === 0) usage();
for (const input of inputs) if (!existsSync(input)) usage(`${input} does not exist`);

const parse = createTreeParser();
const articles: ArticleInput[] = [];
for (const path of inputs.flatMap(markdownFiles)) {
  const file = relative(process.cwd(), path);
  const checked = checkBriefingFile(file, readFileSync(path));
  for (const problem of checked.problems) console.error(formatProblem(problem));
  if (!checked.ok) continue;
  try {
    articles.push(readArticle(file, checked.data.title, parse(checked.body), referencePairs(path)));
  } catch (error) {
    if (!(error instanceof QaBlockError)) throw error;
    // The build's own message for an unreadable Q&A block, with the line in the file.
    console.error(formatProblem({ file, line: error.line + checked.bodyLine - 1, severity: 'error', message: error.message.replace(/^line \d+: /, '') }));
  }
}

const judgingFile = join(reports, 'qa-judging.md');
const report = buildReport(articles, {
  count,
  lang: site.lang,
  ranAt: new Date(),
  command: `${process.env.npm_lifecycle_event === 'qa:eval' ? 'npm run qa:eval --' : 'node scripts/qa-eval.ts'} ${args.join(' ')}`,
  inputs,
  blindReading: existsSync(judgingFile) ? readFileSync(judgingFile, 'utf8') : null,
});
mkdirSync(reports, { recursive: true });
writeFileSync(join(reports, 'qa-quality.md'), renderReportMarkdown(report));
writeFileSync(join(reports, 'qa-quality.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(summaryText(report));
console.log(`Report: ${relative(process.cwd(), join(reports, 'qa-quality.md'))} (and .json)`);
process.exit(strict && report.summary.pairsPassing < report.summary.pairs ? 1 : 0);

function usage(problem?: string): never {
  if (problem) console.error(`qa:eval: ${problem}`);
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}

/** A folder's own *.md files, sorted, without its README; a file named directly is taken as it is. */
function markdownFiles(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name) && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => join(input, entry.name))
    .sort();
}

/** The `<name>.ref.json` beside an article, if any: reference pairs written apart from it. */
function referencePairs(path: string): Array<{ question: string; answer: string }> {
  const refFile = join(dirname(path), `${basename(path).replace(/\.md$/i, '')}.ref.json`);
  if (!existsSync(refFile)) return [];
  try {
    const pairs: unknown = JSON.parse(readFileSync(refFile, 'utf8'));
    if (!Array.isArray(pairs)) throw new Error('is not a JSON array');
    return pairs.map((pair: { question?: unknown; answer?: unknown }) => {
      if (typeof pair?.question !== 'string') throw new Error('has an item without a "question" string');
      return { question: pair.question, answer: typeof pair.answer === 'string' ? pair.answer : '' };
    });
  } catch (error) {
    console.error(`${relative(process.cwd(), resolve(refFile))}: ignored: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
