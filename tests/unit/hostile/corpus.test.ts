import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { HOSTILE, hostileCases, messagesAbout, ROOT } from '../../support/hostile.ts';

// What `npm run check:content` says of each file of the hostile corpus (tests/fixtures/hostile).
async function check(folder: 'refused' | 'published') {
  return checkAndRender(
    {
      briefings: join(ROOT, HOSTILE, folder),
      entityAliases: join(ROOT, HOSTILE, 'no-entities.yaml'),
      cache: mkdtempSync(join(tmpdir(), 'hostile-')),
      publicDir: join(ROOT, 'public'),
    },
    { includeDrafts: true, root: ROOT },
  );
}

for (const folder of ['refused', 'published'] as const) {
  describe(`hostile corpus, ${folder}/: every file gives exactly the messages its .expect lists`, async () => {
    const { problems } = await check(folder);
    for (const { file, description, expected } of hostileCases(folder)) {
      it(`${file.split('/').pop()}: ${description}`, () => {
        const messages = messagesAbout(problems, file);
        expect(messages, messages.join('\n')).toHaveLength(expected.length);
        for (const [index, pattern] of expected.entries()) expect(messages[index]).toMatch(pattern);
      });
    }
    it(folder === 'refused' ? 'has errors, so the build stops' : 'has no errors, so the build publishes', () => {
      expect(problems.some((problem) => problem.severity === 'error')).toBe(folder === 'refused');
    });
  });
}
