import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  /** Folder of briefings to build; the real `content/briefings` when omitted. */
  briefingsDir?: string | undefined;
  /** Where the site is written, under `.test-output/`. */
  outDir: string;
  /** Deployment sub-path, e.g. "/news/"; the site root when omitted. */
  base?: string | undefined;
}

/** Builds the site with `astro build` into its own folder, failing with Astro's output if it fails. */
export function buildSite(options: BuildOptions): string {
  return buildSiteWithOutput(options).out;
}

/** Builds the site as buildSite does, and also gives what the build printed (its warnings). */
export function buildSiteWithOutput({ briefingsDir, outDir, base }: BuildOptions): { out: string; output: string } {
  const out = resolve(ROOT, outDir);
  // Vitest sets NODE_ENV=test, and in test files also DEV/PROD/MODE, which would make Astro build
  // in development mode (drafts shown).
  const { DEV, PROD, MODE, SSR, BASE_URL, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: 'production', OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
  if (briefingsDir) env.BRIEFINGS_DIR = resolve(ROOT, briefingsDir);
  if (base) env.SITE_BASE = base;
  const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return { out, output: `${run.stdout}\n${run.stderr}` };
}

/**
 * Serves a built site on a free localhost port the way a static host does, 404 page included;
 * with a base ("/news/") the site is served under that path and nothing is served outside it.
 */
export async function serveSite(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const notFound = readFileSync(join(dir, '404.html'));
  const files = sirv(dir, { dev: true, etag: true });
  const prefix = base.replace(/\/$/, '');
  const server = createServer((req, res) => {
    const missing = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    };
    if (prefix && !(req.url ?? '').startsWith(`${prefix}/`)) return missing();
    req.url = (req.url ?? '/').slice(prefix.length) || '/';
    files(req, res, missing);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
