import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { parseGnuTime } from './gnu-time.ts';
import { watchTreeMemory } from './process-tree-memory.ts';

const GNU_TIME = '/usr/bin/time';

/** Wall time, CPU time and memory of one finished command. */
export interface ProcessMeasurement {
  exitCode: number | undefined;
  signal: number | undefined;
  wallMs: number;
  userMs: number;
  systemMs: number;
  /** Peak of all the command's processes' resident memory added together, sampled from /proc. */
  peakTreeRssBytes: number | undefined;
  /** Largest resident set of any single process, from GNU time. */
  maxProcessRssBytes: number;
}

/**
 * Runs a command under GNU `time -v` (CPU time and peak memory of it and everything it starts)
 * while sampling its process tree's memory, with its output written to `logFile`.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<ProcessMeasurement> {
  if (!existsSync(GNU_TIME))
    throw new Error(`${GNU_TIME} (GNU time) is needed to measure CPU time and memory: install it (on Debian: \`apt-get install time\`)`);
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const log = openSync(options.logFile, 'w');
  try {
    const started = performance.now();
    const child = spawn(GNU_TIME, ['-v', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
    const memory = watchTreeMemory(child.pid ?? -1);
    await new Promise<void>((done, fail) => {
      child.on('error', fail);
      child.on('close', () => done());
    });
    const wallMs = Math.round(performance.now() - started);
    const peakTreeRssBytes = memory.stop();
    const time = parseGnuTime(readFileSync(timeFile, 'utf8'));
    return {
      exitCode: time.exitStatus,
      signal: time.signal,
      wallMs,
      userMs: time.userMs,
      systemMs: time.systemMs,
      peakTreeRssBytes,
      maxProcessRssBytes: time.maxRssBytes,
    };
  } finally {
    closeSync(log);
  }
}
