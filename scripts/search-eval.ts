/**
 * npm run search:eval -- <folder> [...]
 *
 * Builds a site from the articles of the folders (Markdown with `title` and `date`), then types
 * each question of their `<name>.ref.json` files (`[{question, answer}]`) into the site's search
 * page in headless Chromium, as a reader would, and records where the article the question was
 * asked about comes. Writes reports/search-questions.md and .json.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildSite } from '../tests/kit/build-site.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/kit/chromium.ts';
import { serveFolder } from '../tests/kit/serve-folder.ts';
import { parseBriefingDate } from '../src/lib/briefings/dates.ts';
import { parseFrontMatter } from '../src/lib/briefings/front-matter.ts';
import { briefingIdFromPath } from '../src/lib/briefings/paths.ts';
import { paths } from '../src/routes.ts';
import { type AskedQuestion, questionSearchMarkdown, summarise } from '../src/lib/search/question-search-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const folders = process.argv.slice(2);
if (folders.length === 0 || folders.some((folder) => !existsSync(folder))) {
  console.error('Usage: npm run search:eval -- <folder of articles with .ref.json questions> [...]');
  process.exit(2);
}

const work = join(root, '.test-output/search-eval');
rmSync(work, { recursive: true, force: true });
const questions: Array<{ question: string; expected: string }> = [];
for (const folder of folders) {
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    const front = parseFrontMatter(name, text);
    const date = 'data' in front ? parseBriefingDate(front.data.date) : undefined;
    if (!date) throw new Error(`${join(folder, name)}: no readable \`date\` in its front matter`);
    const path = `${date.toISOString().slice(0, 4)}/${date.toISOString().slice(5, 7)}/${name}`;
    mkdirSync(join(work, 'briefings', path, '..'), { recursive: true });
    cpSync(join(folder, name), join(work, 'briefings', path));
    const refs = join(folder, `${basename(name, '.md')}.ref.json`);
    if (!existsSync(refs)) continue;
    for (const { question } of JSON.parse(readFileSync(refs, 'utf8')) as Array<{ question: string }>) {
      questions.push({ question, expected: paths.briefing(briefingIdFromPath(path)) });
    }
  }
}

console.log(`Building a site from ${folders.join(', ')}…`);
const siteDir = join(work, 'site');
buildSite({ briefingsDir: join(work, 'briefings'), outDir: siteDir, siteUrl: 'http://127.0.0.1/' });

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium was found: install it (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
const site = await serveFolder(siteDir);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const asked: AskedQuestion[] = [];
try {
  const page = await browser.newPage();
  for (const { question, expected } of questions) {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(question)}`);
    const status = page.locator('#search-status');
    await status.filter({ hasText: /found|Showing/ }).waitFor();
    const results = await page.locator('.search-result h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    asked.push({ question, expected, results, status: (await status.textContent()) ?? '' });
  }
} finally {
  await browser.close();
  await site.close();
}

const command = `npm run search:eval -- ${folders.join(' ')}`;
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/search-questions.md'), questionSearchMarkdown(asked, command));
writeFileSync(join(root, 'reports/search-questions.json'), `${JSON.stringify({ command, summary: summarise(asked), questions: asked }, null, 2)}\n`);
const summary = summarise(asked);
console.log(`${summary.questions} questions: article first for ${summary.first}, in the top 3 for ${summary.topThree}, no results for ${summary.empty}.`);
console.log(`Report: ${resolve(root, 'reports/search-questions.md')} (and .json)`);
