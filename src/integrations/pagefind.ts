import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addStageTime } from '../lib/build-timings.ts';

/**
 * Builds the Pagefind search index from the finished pages, so `astro build` alone leaves a
 * complete `pagefind/` folder beside them. Only pages that mark their content with
 * `data-pagefind-body` (briefings that allow search) are indexed. Fails the build if Pagefind
 * reports an error, rather than publishing a site whose search is silently broken.
 *
 * Pagefind runs as its command-line program, which exits only once every file is on disk. (Its
 * Node API answers before its last writes are done, and stopping it then can leave files empty.)
 */
export default function pagefindIntegration(options: { language: string }): AstroIntegration {
  return {
    name: 'briefings:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const output = await runPagefind(pagefindArgs(site, join(site, 'pagefind'), options.language));
        const ms = performance.now() - started;
        addStageTime('Pagefind index', ms);
        const pages = /Indexed (\d+) pages?/.exec(output)?.[1] ?? '0';
        logger.info(`Indexed ${pages} briefings for search in ${Math.round(ms)} ms`);
      },
    },
  };
}

/** The `pagefind` program of the installed package (a Node script that runs the indexer binary). */
export function pagefindProgram(): string {
  return fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
}

/**
 * What the build asks Pagefind to do: index the briefing pages of `site` (those `glob` names, all
 * of them unless told) into `output`.
 */
export function pagefindArgs(site: string, output: string, language: string, glob = 'briefings/**/*.html'): string[] {
  // Only briefing pages can hold search content; the rest of the site is navigation.
  return ['--site', site, '--glob', glob, '--force-language', language, '--output-path', output];
}

/** Runs the `pagefind` program; resolves with its output, rejects with it on failure. */
function runPagefind(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindProgram(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Pagefind could not start: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`Pagefind failed to index the site (exit ${code}):\n${output.trim()}`));
    });
  });
}
