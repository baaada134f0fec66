/**
 * npm run entities:eval [-- --corpus <folder>]
 *
 * Measures the people, places and organisations the site lists against the hand-annotated
 * articles in tests/fixtures/entities-gold/ (see its README.md): precision and recall per kind,
 * every wrong name and every miss. Each article is checked and rendered through the site's
 * Markdown pipeline, so the names scored are the ones its page would list. Also measures the CPU
 * time extraction takes per briefing (median), over the annotated articles and, with --corpus,
 * over every briefing in a folder (e.g. one made by `npm run bench:corpus`). Writes
 * reports/entities-quality.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBriefingFile } from '../src/lib/briefings/content-folder.ts';
import { formatProblem } from '../src/lib/briefings/problems.ts';
import { parseAliases } from '../src/lib/entities/aliases.ts';
import { extractEntities, type EntitySource } from '../src/lib/entities/extract.ts';
import { addScores, type GoldArticle, parseGold, precision, recall, renderQualityReport, type Score, scoreArticle } from '../src/lib/entities/gold.ts';
import { entitySourceOf } from '../src/lib/entities/source.ts';
import { ENTITY_KINDS } from '../src/lib/entities/types.ts';
import { createTreeParser } from '../src/render/processor.ts';
import { createBriefingRenderer } from '../src/render/render-briefing.ts';
import { buildPaths } from '../src/site.config.ts';

const USAGE = 'npm run entities:eval [-- --corpus <folder of briefings>]';
const root = fileURLToPath(new URL('..', import.meta.url));
const goldFolder = join(root, 'tests/fixtures/entities-gold');

const args = process.argv.slice(2);
let corpus: string | undefined;
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--corpus' && args[i + 1]) corpus = args[(i += 1)];
  else usage(`unknown option ${args[i]}`);
}
if (corpus !== undefined && !existsSync(corpus)) usage(`${corpus} does not exist`);

const golds = yamlFiles(goldFolder).map((file) => parseGold(readFileSync(file, 'utf8'), relative(root, file)));
for (const gold of golds) {
  if (!existsSync(resolve(root, gold.article))) usage(`${gold.file} annotates ${gold.article}, which is not there`);
}

const aliases = parseAliases(existsSync(buildPaths.entityAliases) ? readFileSync(buildPaths.entityAliases, 'utf8') : '', buildPaths.entityAliases);
const parse = createTreeParser();

/** Each briefing's text as extraction reads it; unreadable briefings are reported and left out. */
async function sourcesOf(files: string[]): Promise<EntitySource[]> {
  const sources: EntitySource[] = [];
  for (const path of files) {
    const checked = checkBriefingFile(relative(root, path), readFileSync(path));
    if (checked.ok) sources.push(entitySourceOf(parse(checked.body), checked.data.title));
  }
  return sources;
}

// Cost first, before rendering warms any cache: each briefing is read once, as in a build.
const timedFiles = [...golds.map((gold) => resolve(root, gold.article)), ...(corpus ? markdownFiles(corpus) : [])];
const sources = await sourcesOf(timedFiles);
extractEntities({ title: 'Warm-up', text: 'Loading the word lists and the gazetteer happens once per process.' }, aliases);
const costs = sources.map((source) => {
  const before = process.cpuUsage();
  extractEntities(source, aliases);
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
});
const medianMs = [...costs].sort((a, b) => a - b)[Math.floor(costs.length / 2)] ?? 0;

const render = await createBriefingRenderer({ aliasesFile: buildPaths.entityAliases });
const scores: Score[] = [];
for (const gold of golds) scores.push(scoreArticle(gold, await foundIn(gold)));
const total = addScores(scores);

const command = `npm run entities:eval${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
const report = renderQualityReport(total, {
  command,
  articles: golds.length,
  ranAt: new Date(),
  cost: { medianMs, briefings: costs.length, on: corpus ? `the annotated articles and ${relative(root, resolve(corpus))}` : 'the annotated articles' },
});
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/entities-quality.md'), report);
for (const kind of ENTITY_KINDS) {
  const score = total[kind];
  console.log(
    `${kind.padEnd(14)} precision ${(precision(score) * 100).toFixed(1)}%  recall ${(recall(score) * 100).toFixed(1)}%  (${score.truePositives} right, ${score.falsePositives.length} wrong, ${score.misses.length} missed)`,
  );
  for (const fp of score.falsePositives) console.log(`  wrong:  ${fp.name} — ${fp.reason} (${fp.article})`);
  for (const miss of score.misses) console.log(`  missed: ${miss.name} (${miss.article})`);
}
console.log(`cost: median ${medianMs.toFixed(2)} ms CPU per briefing over ${costs.length} briefings`);
console.log(`Report: ${relative(process.cwd(), join(root, 'reports/entities-quality.md'))}`);

async function foundIn(gold: GoldArticle) {
  const path = resolve(root, gold.article);
  const checked = checkBriefingFile(gold.article, readFileSync(path));
  for (const problem of checked.problems) console.error(formatProblem(problem));
  if (!checked.ok) throw new Error(`${gold.article} cannot be rendered; see the problems above`);
  const rendered = await render({ file: gold.article, absolutePath: path, body: checked.body, bodyLine: checked.bodyLine, frontmatter: checked.data });
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, rendered.entities[kind].map((entity) => entity.name)])) as Record<
    (typeof ENTITY_KINDS)[number],
    string[]
  >;
}

function usage(problem: string): never {
  console.error(`entities:eval: ${problem}`);
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}

/** Every *.yaml file under a folder, sorted. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Every briefing (*.md, not README.md) under a folder, or the file itself. */
function markdownFiles(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
