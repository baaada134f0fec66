/** What GNU `time -v` reports about a finished command. */
export interface GnuTimeReport {
  userMs: number;
  systemMs: number;
  /** Largest resident set of any single process of the command (GNU time's "Maximum resident set size"). */
  maxRssBytes: number;
  wallMs: number;
  /** The command's exit status; undefined when it was killed by a signal. */
  exitStatus: number | undefined;
  signal: number | undefined;
}

/** Reads the output of `/usr/bin/time -v -o <file> command`. */
export function parseGnuTime(text: string): GnuTimeReport {
  const field = (label: string) => {
    const line = text.split('\n').find((candidate) => candidate.trim().startsWith(`${label}:`));
    if (line === undefined) return undefined;
    return line.slice(line.indexOf(`${label}:`) + label.length + 1).trim();
  };
  const number = (label: string) => {
    const value = field(label);
    if (value === undefined || Number.isNaN(Number(value))) throw new Error(`GNU time output has no "${label}"`);
    return Number(value);
  };
  const exit = field('Exit status');
  const signal = /Command terminated by signal (\d+)/.exec(text)?.[1];
  return {
    userMs: Math.round(number('User time (seconds)') * 1000),
    systemMs: Math.round(number('System time (seconds)') * 1000),
    maxRssBytes: number('Maximum resident set size (kbytes)') * 1024,
    wallMs: parseClock(field('Elapsed (wall clock) time (h:mm:ss or m:ss)') ?? ''),
    exitStatus: signal === undefined && exit !== undefined ? Number(exit) : undefined,
    signal: signal === undefined ? undefined : Number(signal),
  };
}

/** "1:02:03.45" or "2:03.45" -> milliseconds. */
function parseClock(value: string): number {
  const parts = value.split(':').map(Number);
  if (parts.length < 2 || parts.some(Number.isNaN)) throw new Error(`GNU time wall clock "${value}" is not h:mm:ss or m:ss`);
  return Math.round(parts.reduce((total, part) => total * 60 + part, 0) * 1000);
}
