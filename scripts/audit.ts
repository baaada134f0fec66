/**
 * npm run audit
 *
 * Builds the site from a fixture set of briefings (BRIEFINGS_DIR, default the newsroom fixture)
 * into OUT_DIR (default .test-output/audit), serves it on localhost the way a static host does,
 * and runs Lighthouse (mobile and desktop presets) on each page type: front page, a briefing
 * with Key Questions and a table of contents, an archive month, a topic, a person/place/
 * organisation page, the search page with results, the search dialog open, and the 404 page.
 * Writes reports/audit.md (scores, LCP/CLS/TBT, bytes, and the failing audits of any page
 * below 100) and reports/audit.json. Each page is audited AUDIT_RUNS times (default 3) and the
 * run with the median performance score is reported. CHROMIUM_PATH picks the browser (default
 * /usr/bin/chromium).
 * Exits with 1 when an audit could not run; scores below 100 are reported, not failures.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditDialog, auditNavigation, launchChrome, medianOf, type PageResult, PRESETS } from './audit/lighthouse.ts';
import { auditPages } from './audit/pages.ts';
import { type AuditReport, writeReport } from './audit/report.ts';
import { buildSite } from '../tests/kit/build-site.ts';
import { CHROMIUM_PATH_DEFAULT } from '../tests/kit/chromium.ts';
import { serveFolder } from '../tests/kit/serve-folder.ts';

const root = resolve(import.meta.dirname, '..');
const briefingsDir = process.env.BRIEFINGS_DIR ?? 'tests/fixtures/sites/newsroom/briefings';
const outDir = resolve(root, process.env.OUT_DIR ?? '.test-output/audit');
const chromePath = process.env.CHROMIUM_PATH ?? CHROMIUM_PATH_DEFAULT;
const runs = Number(process.env.AUDIT_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`AUDIT_RUNS must be a whole number of at least 1, not ${process.env.AUDIT_RUNS}`);

const server = await serveFolder(outDir, { cache: 'cdn' });
console.log(`Building ${briefingsDir} into ${outDir} for ${server.url} …`);
buildSite({ briefingsDir, outDir, siteUrl: server.url });
const pages = auditPages(outDir);

const chrome = await launchChrome(chromePath);
const results: PageResult[] = [];
const errors: AuditReport['errors'] = [];
try {
  for (const page of pages) {
    for (const preset of PRESETS) {
      process.stdout.write(`${page.name} (${page.path}), ${preset} … `);
      try {
        const result = await medianOf(runs, () =>
          page.kind === 'dialog' ? auditDialog(chrome.port, server.url, page, preset) : auditNavigation(chrome.port, server.url, page, preset),
        );
        results.push(result);
        console.log(
          `${Object.values(result.scores)
            .map((score) => score ?? '—')
            .join(' / ')}${runs > 1 ? ` (performance in each run: ${result.run?.performance.join(', ')})` : ''}`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ page: page.name, preset, error: message });
        console.log(`failed: ${message}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const report: AuditReport = {
  date: new Date().toISOString().slice(0, 10),
  lighthouseVersion: JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')).version,
  chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
  briefingsDir,
  served: 'served from localhost with gzip, hashed assets cached for a year and everything else revalidated',
  runs,
  results,
  errors,
};
const written = writeReport(report, resolve(root, 'reports'));
console.log(`Wrote ${written.markdown} and ${written.json}`);
if (errors.length > 0) process.exitCode = 1;
