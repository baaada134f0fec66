import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingProblem } from '../../../src/lib/briefings/problems.ts';
import { type LoadedBriefing, checkAndRender } from '../../../src/build/check-and-render.ts';
import { messagesAbout, ROOT } from '../../support/hostile.ts';

// Nesting the Markdown tools cannot survive (they recurse, and pair emphasis marks one against
// another) is refused on the source text before they run, by the checker and the build alike
// (both go through checkAndRender). The inputs are generated here: some are tens of kilobytes.
const WORK = join(ROOT, '.test-output/deep-nesting');

const refused: Record<string, { body: string; message: RegExp }> = {
  'divs-5000-deep': {
    body: `${'<div>'.repeat(5000)}The bridge is closed.${'</div>'.repeat(5000)}`,
    message: /^:6: has HTML elements nested 101 deep \(<div> inside <div>…\); the site allows at most 100: close each element/,
  },
  'stars-5000-around-a-word': {
    body: `The bridge is ${'*'.repeat(5000)}closed${'*'.repeat(5000)} to cars.`,
    message: /^:6: has a run of 5,000 `\*` marks; the site allows at most 100 in a row: .*`\\\*`/,
  },
  'stars-20000-in-a-row': {
    body: `Ratings: ${'*'.repeat(20000)}`,
    message: /^:6: has a run of 20,000 `\*` marks; the site allows at most 100 in a row/,
  },
  'lists-1000-on-one-line': {
    body: `${'- '.repeat(1000)}The bridge is closed.`,
    message: /^:6: has lists nested 1,000 deep; the site allows at most 100: indent the items less or split the list/,
  },
  'lists-150-by-indent': {
    body: Array.from({ length: 150 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n'),
    message: /^:106: has lists nested 101 deep; the site allows at most 100/,
  },
  'emphasis-3000-deep': {
    body: `${'*so '.repeat(3000)}deep${' so*'.repeat(3000)}`,
    message: /^:6: has emphasis \(`\*` or `_`\) nested 101 deep; the site allows at most 100: close each emphasis before opening another/,
  },
  'closing-stars-20000-in-a-paragraph': {
    body: 'a* '.repeat(20000),
    message: /^:6: has more than 1,000 `\*` or `_` emphasis marks in one paragraph; the site allows at most 1,000: split the paragraph/,
  },
  'quotes-3000-deep-in-a-list': {
    body: `- ${'> '.repeat(3000)}The bridge is closed.`,
    message: /^:6: has quotes nested 3,000 deep/,
  },
};

const published: Record<string, string> = {
  'at-every-limit': [
    `${'>'.repeat(100)} Quoted a hundred deep.`,
    `${'- '.repeat(100)}Listed a hundred deep.`,
    `${'<span>'.repeat(100)}Wrapped a hundred deep.${'</span>'.repeat(100)}`,
    `${'*'.repeat(100)}Marked a hundred deep.${'*'.repeat(100)}`,
  ].join('\n\n'),
  'ordinary-uses-of-the-same-marks': [
    '*'.repeat(300),
    '```text',
    `${'>'.repeat(300)} ${'*'.repeat(300)} ${'<div>'.repeat(300)}`,
    '```',
    Array.from({ length: 300 }, (_, item) => `- **${item + 1}** *a* **b** *c*`).join('\n'),
    `A sentence with snake_case_names and 2 * 3 * 4 = 24 and **bold** and _italic_ words.`,
  ].join('\n\n'),
};

const fileOf = (name: string) => `.test-output/deep-nesting/briefings/2025/10/${name}.md`;

async function checkAll(): Promise<{ loaded: LoadedBriefing[]; problems: BriefingProblem[] }> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'briefings/2025/10'), { recursive: true });
  for (const [name, body] of [...Object.entries(refused).map(([name, { body }]) => [name, body] as const), ...Object.entries(published)]) {
    writeFileSync(join(ROOT, fileOf(name)), `---\ntitle: ${name}\ndate: 2025-10-01\n---\n\n${body}\n`);
  }
  const { briefings, problems } = await checkAndRender(
    {
      briefings: join(WORK, 'briefings'),
      entityAliases: join(WORK, 'entities.yaml'),
      cache: mkdtempSync(join(WORK, 'cache-')),
      publicDir: join(ROOT, 'public'),
    },
    { includeDrafts: true, root: ROOT },
  );
  return { loaded: briefings, problems };
}

describe('nesting the Markdown tools cannot survive', async () => {
  const { loaded, problems } = await checkAll();
  for (const [name, { message }] of Object.entries(refused)) {
    it(`${name}: refused with one error on its line, before rendering`, () => {
      expect(messagesAbout(problems, fileOf(name))).toEqual([expect.stringMatching(message)]);
      expect(loaded.map((briefing) => briefing.file)).not.toContain(fileOf(name));
    });
  }

  it('up to the limits, and the same marks used in ordinary ways, publish without a message', () => {
    for (const name of Object.keys(published)) expect(messagesAbout(problems, fileOf(name)), name).toEqual([]);
    const html = Object.fromEntries(loaded.map((briefing) => [briefing.data.title, briefing.rendered.html]));
    expect(html['at-every-limit']).toContain('Quoted a hundred deep.');
    expect(html['at-every-limit']).toContain('<li>Listed a hundred deep.</li>');
    expect(html['ordinary-uses-of-the-same-marks']).toContain('<li><strong>300</strong> <em>a</em> <strong>b</strong> <em>c</em></li>');
  });
});
