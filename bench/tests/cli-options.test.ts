import { describe, expect, it } from 'vitest';
import { parseBenchOptions, parseCorpusOptions, UsageError } from '../cli-options.ts';

describe('parseBenchOptions', () => {
  it('reads a comma-separated list of sizes and the folders', () => {
    expect(parseBenchOptions(['--briefings', '1000,10000', '--report-dir', '/tmp/r', '--work-dir', '/tmp/w', '--seed', '7'])).toEqual({
      sizes: [1000, 10000],
      reportDir: '/tmp/r',
      workDir: '/tmp/w',
      seed: '7',
    });
  });

  it('builds 1000 briefings into reports/ by default', () => {
    expect(parseBenchOptions([])).toMatchObject({ sizes: [1000], reportDir: 'reports', workDir: 'bench-output' });
  });

  it('explains what is wrong with a size that is not a whole number', () => {
    expect(() => parseBenchOptions(['--briefings', 'abc'])).toThrow(new UsageError('--briefings must be a whole number of briefings such as 1000, not "abc"'));
    expect(() => parseBenchOptions(['--briefings', '1000,1e4'])).toThrow(/not "1e4"/);
    expect(() => parseBenchOptions(['--briefings', '0'])).toThrow(/between 1 and/);
    expect(() => parseBenchOptions(['--briefings', '50,50'])).toThrow(/a size twice/);
  });

  it('names an unknown option and lists the known ones', () => {
    expect(() => parseBenchOptions(['--brefings', '10'])).toThrow(/Unknown option '--brefings'.*--briefings, --report-dir, --work-dir, --seed/);
  });
});

describe('parseCorpusOptions', () => {
  it('reads the count, folder and seed', () => {
    expect(parseCorpusOptions(['--briefings', '25', '--out', 'x', '--seed', 's'])).toEqual({ briefings: 25, out: 'x', seed: 's', replace: false });
  });

  it('requires a count and a folder', () => {
    expect(() => parseCorpusOptions(['--out', 'x'])).toThrow(/--briefings is required/);
    expect(() => parseCorpusOptions(['--briefings', '5'])).toThrow(/--out is required/);
    expect(() => parseCorpusOptions(['--briefings', '-5', '--out', 'x'])).toThrow(UsageError);
  });
});
