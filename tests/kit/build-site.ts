import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Folder of briefings to build; the real `content/briefings` when omitted. */
  briefingsDir?: string | undefined;
  /** Where the site is written (relative paths are from the project root). */
  outDir: string;
  /** Deployment sub-path, e.g. "/news/"; the site root when omitted. */
  base?: string | undefined;
  /** The address the site will be served at, for absolute links (feeds, sitemap, canonical). */
  siteUrl?: string | undefined;
  /** The site's language (site.lang): its table of UI words, dates and numbers; English when omitted. */
  lang?: string | undefined;
}

/**
 * Builds the site with the project's own `astro build` into its own folder, as a deployment
 * would, and gives the folder and what the build printed (its warnings); fails with Astro's
 * output when the build fails.
 */
export function buildSite(options: BuildOptions): { out: string; output: string } {
  const { out, env } = buildSetup(options);
  const run = spawnSync(ASTRO, ['build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return { out, output: `${run.stdout}\n${run.stderr}` };
}

/** buildSite, without holding up the caller: several sites can build at once. */
export async function buildSiteAsync(options: BuildOptions): Promise<{ out: string; output: string }> {
  const { out, env } = buildSetup(options);
  try {
    const run = await promisify(execFile)(ASTRO, ['build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { out, output: `${run.stdout}\n${run.stderr}` };
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? failed.message}`);
  }
}

const ASTRO = join(ROOT, 'node_modules/.bin/astro');

function buildSetup({ briefingsDir, outDir, base, siteUrl, lang }: BuildOptions): { out: string; env: NodeJS.ProcessEnv } {
  const out = resolve(ROOT, outDir);
  // Vitest sets NODE_ENV=test, and in test files also DEV/PROD/MODE, which would make Astro build
  // in development mode (drafts shown).
  const { DEV, PROD, MODE, SSR, BASE_URL, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, NODE_ENV: 'production', OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
  if (briefingsDir) env.BRIEFINGS_DIR = resolve(ROOT, briefingsDir);
  if (base) env.SITE_BASE = base;
  if (siteUrl) env.SITE_URL = siteUrl;
  if (lang) env.SITE_LANG = lang;
  return { out, env };
}
