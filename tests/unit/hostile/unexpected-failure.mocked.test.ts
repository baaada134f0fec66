import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { ROOT } from '../../support/hostile.ts';

// A fault of the checker or of the Markdown tools on one file (a bug, a stack overflow) must be
// that file's error, reported with every other problem, never the end of the whole check.
vi.mock('../../../src/lib/briefings/validate.ts', async (original) => {
  const actual = await original<typeof import('../../../src/lib/briefings/validate.ts')>();
  return {
    ...actual,
    checkBriefing: (file: string, text: string, now?: Date) => {
      if (text.includes('trips the checker')) throw new TypeError("Cannot read properties of undefined (reading 'line')");
      return actual.checkBriefing(file, text, now);
    },
  };
});
vi.mock('../../../src/render/render-briefing.ts', async (original) => {
  const actual = await original<typeof import('../../../src/render/render-briefing.ts')>();
  return {
    ...actual,
    createBriefingRenderer: async (options: Parameters<typeof actual.createBriefingRenderer>[0]) => {
      const render = await actual.createBriefingRenderer(options);
      return (input: Parameters<typeof render>[0]) =>
        input.body.includes('trips the renderer') ? Promise.reject(new RangeError('Maximum call stack size exceeded')) : render(input);
    },
  };
});

const briefing = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2025-10-01\n---\n\n${body}\n`;

describe('a fault on one file', () => {
  it('becomes an error naming that file, and every other file is still checked and rendered', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'faults-'));
    mkdirSync(join(folder, '2025/10'), { recursive: true });
    writeFileSync(join(folder, '2025/10/a-checker-fault.md'), briefing('One', 'This text trips the checker.'));
    writeFileSync(join(folder, '2025/10/b-renderer-fault.md'), briefing('Two', 'This text trips the renderer.'));
    writeFileSync(join(folder, '2025/10/c-ordinary.md'), briefing('Three', 'The council met on Tuesday.'));
    const { briefings, problems } = await checkAndRender(
      { briefings: folder, entityAliases: join(folder, 'entities.yaml'), cache: mkdtempSync(join(tmpdir(), 'faults-cache-')), publicDir: join(ROOT, 'public') },
      { includeDrafts: true, root: ROOT },
    );
    const messages = problems.map((problem) => formatProblem(problem).replace(/^.*\/2025\/10\//, ''));
    expect(messages).toEqual([
      expect.stringMatching(
        /^a-checker-fault\.md: could not be checked \(Cannot read properties of undefined \(reading 'line'\)\): .*send this message to the site's developers$/,
      ),
      expect.stringMatching(/^b-renderer-fault\.md: could not be rendered \(Maximum call stack size exceeded\): look for unusual text/),
    ]);
    expect(briefings.map((loaded) => [loaded.data.title, loaded.rendered.html])).toEqual([
      ['Two', ''],
      ['Three', '<p>The council met on Tuesday.</p>'],
    ]);
  });
});
