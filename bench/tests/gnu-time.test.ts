import { describe, expect, it } from 'vitest';
import { parseGnuTime } from '../runner/gnu-time.ts';

const finished = `	Command being timed: "node astro.mjs build"
	User time (seconds): 15.45
	System time (seconds): 1.61
	Percent of CPU this job got: 51%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:33.01
	Maximum resident set size (kbytes): 1015152
	Exit status: 0
`;

describe('parseGnuTime', () => {
  it('reads CPU times, wall clock and peak memory of a finished command', () => {
    expect(parseGnuTime(finished)).toEqual({
      userMs: 15_450,
      systemMs: 1_610,
      maxRssBytes: 1_015_152 * 1024,
      wallMs: (3600 + 2 * 60 + 33.01) * 1000,
      exitStatus: 0,
      signal: undefined,
    });
  });

  it('reports a failed command’s status and a killed command’s signal', () => {
    expect(parseGnuTime(`Command exited with non-zero status 3\n${finished.replace('Exit status: 0', 'Exit status: 3')}`).exitStatus).toBe(3);
    const killed = parseGnuTime(`Command terminated by signal 9\n${finished}`);
    expect(killed).toMatchObject({ exitStatus: undefined, signal: 9 });
  });

  it('refuses output that is not from `time -v`', () => {
    expect(() => parseGnuTime('real 0m1.0s')).toThrow(/no "User time \(seconds\)"/);
  });
});
