/**
 * npm run bench:shards -- --site <built site> --shards "2025;2024;2023" [--queries "state;United States"]
 *
 * What splitting the search index into shards would cost and buy: indexes an already built site
 * as the shards given (each a comma-separated list of folders under briefings/, shards separated
 * by ";"), one Pagefind run each, and searches them together in headless Chromium. Prints each
 * shard's indexing time and memory, and each query's results, bytes and time. The site is left
 * as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureShards } from '../bench/runner/measure-shards.ts';

const USAGE = 'npm run bench:shards -- --site <built site> --shards "<folders>;<folders>…" [--queries "<query>;<query>…"]';

const { values } = parseArgs({ options: { site: { type: 'string' }, shards: { type: 'string' }, queries: { type: 'string' } } });
if (!values.site || !values.shards) {
  console.error(`bench:shards: --site and --shards are required\nUsage: ${USAGE}`);
  process.exit(2);
}
const shards = values.shards.split(';').map((shard) =>
  shard
    .split(',')
    .map((folder) => folder.trim())
    .filter(Boolean),
);
const queries = (values.queries ?? 'state;United States')
  .split(';')
  .map((query) => query.trim())
  .filter(Boolean);
const logDir = mkdtempSync(join(tmpdir(), 'bench-shards-'));
const { indexing, searches } = await measureShards(values.site, shards, queries, logDir);

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`| shard | indexer wall | CPU | peak RSS | on disk |\n| --- | --- | --- | --- | --- |`);
for (const run of indexing)
  console.log(
    `| ${run.shard.join(', ')} | ${(run.wallMs / 1000).toFixed(1)} s | ${(run.cpuMs / 1000).toFixed(1)} s | ${mb(run.maxRssBytes)} | ${mb(run.diskBytes)} |`,
  );
console.log(`\n| query | results | Pagefind bytes | requests | search + first three results |\n| --- | --- | --- | --- | --- |`);
for (const search of searches)
  console.log(
    `| \`${search.query}\` | ${search.results} | ${kb(search.bytes)} | ${search.requests} | ${Math.round(search.ms)} ms (runs ${search.runsMs.map(Math.round).join(', ')}) |`,
  );
console.log(`\nPagefind logs: ${logDir}`);
