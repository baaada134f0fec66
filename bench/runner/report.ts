import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_LABELS, BUILD_PHASES, type BenchReport, type BuildName, type BuildPhase, type BuildResult, type SizeResult } from './results.ts';
import { TARGET_SIZE } from './targets.ts';

/** The written analysis of the latest full run (what bounds each missed target), kept beside the runner. */
const ANALYSIS = resolve(import.meta.dirname, '../analysis.md');

/**
 * Writes `bench.json` (every number) and `bench.md` (tables) into `dir`; returns their paths.
 * `bench/analysis.md`, when there is one, is appended to the tables.
 */
export function writeReport(report: BenchReport, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'bench.json');
  const markdown = join(dir, 'bench.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  const analysis = existsSync(ANALYSIS) ? `\n${readFileSync(ANALYSIS, 'utf8')}` : '';
  writeFileSync(markdown, `${formatReport(report)}${analysis}`);
  return { json, markdown };
}

/** The report as Markdown: one section per corpus size, each a set of tables. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    '# Build and search benchmark',
    '',
    `Run ${report.generatedAt} in ${minutes(report.durationMs)} on ${machine.cpus} × ${machine.cpuModel}, ${gb(machine.memoryBytes)} RAM, ${machine.platform}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}. Corpus seed \`${report.seed}\`.`,
    '',
    'Cold: output and caches deleted first. Warm: one briefing edited, then rebuilt with the caches of the build before.',
    'Peak RSS adds up all of a build’s processes sampled every 200 ms (Node and the Pagefind binary run at the same time); “max process” is the largest single process (GNU time).',
    'The baselines are a bare Astro 7 project (bench/baseline) rendering the same files to one page each, without search index, feeds or listings.',
    'Search: headless Chromium, empty cache, gzip for text; bytes are response bodies from opening /search/ until the first results show; time is from submitting the query (Enter, no typing debounce) to the frame that shows results.',
    '',
  ];
  for (const size of report.sizes) lines.push(...formatSize(size));
  return `${lines.join('\n')}\n`;
}

function formatSize(size: SizeResult): string[] {
  const lines = [
    `## ${size.briefings.toLocaleString('en')} briefings`,
    '',
    `Corpus: ${size.corpus.words.toLocaleString('en')} words, ${size.corpus.withQaBlock} briefings with a Q&A block, generated in ${seconds(size.corpus.generationMs)}. Warm builds edit \`${size.corpus.editedBriefing}\`; “added” builds add \`${size.corpus.addedBriefing}\` instead.`,
    '',
    '### Builds',
    '',
    table(
      ['build', 'phase', 'wall', 'CPU (user+sys)', 'peak RSS', 'max process RSS', 'ms / briefing', 'briefing pages', 'HTML pages'],
      (['site', 'unified', 'satteri'] as const).flatMap((name) =>
        BUILD_PHASES.flatMap((phase) => (size.builds[name][phase] ? [buildRow(size.builds[name][phase])] : [])),
      ),
    ),
    '',
    '### Full site ÷ baseline',
    '',
    table(
      ['baseline', 'cold wall', 'cold CPU', 'cold peak RSS', 'warm wall', 'warm CPU', 'warm peak RSS', 'added wall', 'added CPU'],
      (['unified', 'satteri'] as const).map((name) => {
        const { cold, warm, added } = size.ratios[name];
        return [
          BUILD_LABELS[name],
          ratio(cold.wall),
          ratio(cold.cpu),
          ratio(cold.peakRss),
          ratio(warm.wall),
          ratio(warm.cpu),
          ratio(warm.peakRss),
          ratio(added?.wall ?? Number.NaN),
          ratio(added?.cpu ?? Number.NaN),
        ];
      }),
    ),
    '',
    '### Time in the site’s own stages',
    '',
    ...stagesTable(size.builds.site),
    '',
    '### Search',
    '',
    size.pagefind
      ? `Pagefind index on disk: ${kb(size.pagefind.bytes)} in ${size.pagefind.files.toLocaleString('en')} files.`
      : 'Pagefind index: not found (the full build failed or wrote none).',
    '',
    size.indexerAlone
      ? `Pagefind alone (the build's command, run again over the built site): ${(size.indexerAlone.wallMs / 1000).toFixed(1)} s wall, ${(size.indexerAlone.cpuMs / 1000).toFixed(1)} s CPU, ${mb(size.indexerAlone.maxRssBytes)} peak RSS.`
      : 'Pagefind alone: not measured.',
    '',
    table(
      [
        'query',
        'kind',
        'briefings containing it',
        'results shown',
        'transferred until results',
        'of which after the query',
        'requests',
        'query → results',
        'then, for the filter counts',
      ],
      size.search.map((search) => [
        `\`${search.query}\``,
        search.kind,
        String(search.briefings),
        search.error ? `failed: ${search.error}` : String(search.resultsShown),
        kb(search.transferBytes),
        kb(search.queryTransferBytes),
        String(search.requests),
        Number.isFinite(search.renderMs) ? `${Math.round(search.renderMs)} ms` : '—',
        kb(search.afterResultsBytes),
      ]),
    ),
    '',
    '### Briefing page weight (gzip)',
    '',
    size.briefingPage
      ? table(
          ['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests'],
          [
            [
              `\`${size.briefingPage.path}\``,
              kb(size.briefingPage.html),
              kb(size.briefingPage.css),
              kb(size.briefingPage.js),
              kb(size.briefingPage.other),
              kb(size.briefingPage.total),
              String(size.briefingPage.requests),
            ],
          ],
        )
      : 'Not measured (the full build failed).',
    '',
    '### Targets',
    '',
    size.briefings === TARGET_SIZE
      ? ''
      : `The build targets are set for ${TARGET_SIZE.toLocaleString('en')} briefings; at ${size.briefings.toLocaleString('en')} they are an early sign only.\n`,
    table(
      ['target', 'measured', 'result'],
      size.targets.map((target) => [target.target, target.value, target.met === undefined ? 'not measured' : target.met ? 'met' : '**missed**']),
    ),
    '',
  ];
  if (size.warnings.length > 0) lines.push('### Warnings', '', ...size.warnings.map((warning) => `- ${warning}`), '');
  const failures = (Object.values(size.builds) as Record<BuildPhase, BuildResult>[]).flatMap((phases) => Object.values(phases)).filter((build) => !build.ok);
  for (const build of failures)
    lines.push(`**${BUILD_LABELS[build.name]}, ${build.phase}, failed** (log: \`${build.logFile}\`):`, '', '```', build.error ?? '', '```', '');
  return lines;
}

function buildRow(build: BuildResult): string[] {
  const label = BUILD_LABELS[build.name as BuildName];
  if (!build.ok) return [label, build.phase, 'failed', '—', '—', '—', '—', String(build.briefingPages), String(build.htmlPages)];
  return [
    label,
    build.phase,
    seconds(build.wallMs),
    seconds(build.cpuMs),
    build.peakRssBytes === undefined ? '—' : mb(build.peakRssBytes),
    mb(build.maxProcessRssBytes),
    build.msPerBriefing.toFixed(1),
    build.briefingPages.toLocaleString('en'),
    build.htmlPages.toLocaleString('en'),
  ];
}

function stagesTable(builds: Partial<Record<BuildPhase, BuildResult>>): string[] {
  const phases = BUILD_PHASES.filter((phase) => builds[phase]);
  const names = [...new Set(phases.flatMap((phase) => Object.keys(builds[phase]?.stages ?? {})))];
  if (names.length === 0) return ['Not reported: the build wrote no stage timings (BRIEFINGS_TIMINGS_FILE).'];
  const cell = (stages: Record<string, number> | undefined, name: string) => (stages?.[name] === undefined ? 'not reported' : seconds(stages[name]));
  return [
    'As the build reports them; stages that run side by side can add up to more than the wall time.',
    '',
    table(
      ['stage', ...phases],
      names.map((name) => [name, ...phases.map((phase) => cell(builds[phase]?.stages, name))]),
    ),
  ];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function minutes(ms: number): string {
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
}

function gb(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
