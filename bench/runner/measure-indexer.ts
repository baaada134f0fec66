import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagefindArgs, pagefindProgram } from '../../src/integrations/pagefind.ts';
import { site } from '../../src/site.config.ts';
import { PROJECT_ROOT } from './builds.ts';
import { runMeasured } from './measure-process.ts';

/** The search indexer on its own: what it costs apart from the rest of the build. */
export interface IndexerMeasurement {
  wallMs: number;
  cpuMs: number;
  /** Its largest process's resident memory (GNU time). */
  maxRssBytes: number;
}

/**
 * Runs the same Pagefind command the build runs over an already built site, into a scratch
 * folder, alone, and measures it. Undefined when Pagefind fails.
 */
export async function measureIndexerAlone(siteDir: string, logFile: string): Promise<IndexerMeasurement | undefined> {
  const output = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    const run = await runMeasured(process.execPath, [pagefindProgram(), ...pagefindArgs(siteDir, output, site.lang)], {
      cwd: PROJECT_ROOT,
      env: process.env,
      logFile,
    });
    if (run.exitCode !== 0) return undefined;
    return { wallMs: run.wallMs, cpuMs: run.userMs + run.systemMs, maxRssBytes: run.maxProcessRssBytes };
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
