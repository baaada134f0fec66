import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { ROOT } from '../../support/hostile.ts';

// A briefing of several megabytes (a whole transcript pasted in) is refused with its size and
// the limit before it is parsed; the rest of the folder is still checked. The file is made here.
const WORK = join(ROOT, '.test-output/file-size');

describe('a 5 MB briefing', async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'briefings/2025/10'), { recursive: true });
  const paragraph = 'The committee heard evidence from the port authority, the unions and the shipping lines about the delays at the container terminal. ';
  writeFileSync(
    join(WORK, 'briefings/2025/10/whole-transcript.md'),
    `---\ntitle: The whole transcript\ndate: 2025-10-01\n---\n\n${`${paragraph.repeat(8)}\n\n`.repeat(5000)}`,
  );
  writeFileSync(join(WORK, 'briefings/2025/10/ordinary.md'), '---\ntitle: Bridge to close\ndate: 2025-10-01\n---\n\nThe council voted on Tuesday.\n');
  const { briefings, problems } = await checkAndRender(
    {
      briefings: join(WORK, 'briefings'),
      entityAliases: join(WORK, 'entities.yaml'),
      cache: mkdtempSync(join(WORK, 'cache-')),
      publicDir: join(ROOT, 'public'),
    },
    { includeDrafts: true, root: ROOT },
  );

  it('is refused with its size, the limit and what to do', () => {
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^\.test-output\/file-size\/briefings\/2025\/10\/whole-transcript\.md: is 5\.\d MB; the site takes briefings of at most 3 MB: split it into several briefings/,
      ),
    ]);
  });

  it('and the other briefings are still checked and rendered', () => {
    expect(briefings.map((briefing) => briefing.rendered.html)).toEqual(['<p>The council voted on Tuesday.</p>']);
  });
});
