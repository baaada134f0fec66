import { parseArgs } from 'node:util';

/** A mistake in the command line, said so the user can fix it; the scripts print it with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_SEED = 'daily-briefing';
const MAX_BRIEFINGS = 100_000;

/** Options of `npm run bench:corpus`. */
export interface CorpusOptions {
  briefings: number;
  out: string;
  seed: string;
  replace: boolean;
}

export const CORPUS_USAGE = 'npm run bench:corpus -- --briefings <N> --out <folder> [--seed <text>] [--replace]';

/** Reads `--briefings N --out <folder> [--seed S] [--replace]`. */
export function parseCorpusOptions(argv: readonly string[]): CorpusOptions {
  const { values } = parse(argv, {
    briefings: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    replace: { type: 'boolean' },
  });
  if (values.briefings === undefined) throw new UsageError('--briefings is required: say how many briefings to write, e.g. --briefings 1000');
  if (!values.out) throw new UsageError('--out is required: name the folder to write the briefings into, e.g. --out bench-output/corpus');
  return {
    briefings: briefingCount(values.briefings),
    out: values.out,
    seed: seedOf(values.seed),
    replace: values.replace ?? false,
  };
}

/** Options of `npm run bench`. */
export interface BenchOptions {
  sizes: number[];
  reportDir: string;
  workDir: string;
  seed: string;
}

export const BENCH_USAGE = 'npm run bench -- [--briefings 1000,10000] [--report-dir reports] [--work-dir bench-output] [--seed <text>]';

/** Reads `[--briefings N[,N…]] [--report-dir D] [--work-dir D] [--seed S]`; 1000 briefings by default. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parse(argv, {
    briefings: { type: 'string' },
    'report-dir': { type: 'string' },
    'work-dir': { type: 'string' },
    seed: { type: 'string' },
  });
  const sizes = (values.briefings ?? '1000').split(',').map((part) => briefingCount(part.trim()));
  if (new Set(sizes).size !== sizes.length) throw new UsageError(`--briefings lists a size twice (${values.briefings}): list each size once`);
  return {
    sizes,
    reportDir: values['report-dir'] || 'reports',
    workDir: values['work-dir'] || 'bench-output',
    seed: seedOf(values.seed),
  };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

function parse<T extends OptionSpec>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--brefings'"; keep its words, drop its advice about `--`.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(
      `${message}: known options are ${Object.keys(options)
        .map((name) => `--${name}`)
        .join(', ')}`,
    );
  }
}

function briefingCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--briefings must be a whole number of briefings such as 1000, not "${text}"`);
  const count = Number(text);
  if (count < 1 || count > MAX_BRIEFINGS) throw new UsageError(`--briefings must be between 1 and ${MAX_BRIEFINGS}, not ${count}`);
  return count;
}

function seedOf(seed: string | undefined): string {
  if (seed === undefined) return DEFAULT_SEED;
  if (seed.trim() === '') throw new UsageError('--seed is empty: give any text, e.g. --seed 42');
  return seed;
}

/** How a bench command ends on an error: usage mistakes with the usage line (exit 2), others exit 1. */
export function exitWithError(error: unknown, usage: string): never {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nUsage: ${usage}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
