import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { ROOT } from '../../support/hostile.ts';

// The site's entity aliases (content/entities.yaml, beside the briefings folder) written wrong:
// one problem naming the file and the line, in the same list as the briefings' problems.
const WORK = join(ROOT, '.test-output/entity-aliases');

async function checkWith(aliases: string) {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'briefings/2025/10'), { recursive: true });
  writeFileSync(join(WORK, 'entities.yaml'), aliases);
  writeFileSync(join(WORK, 'briefings/2025/10/bridge.md'), '---\ntitle: Bridge to close\ndate: 2025-10-01\n---\n\nDonald Trump spoke about the bridge.\n');
  const { briefings, problems } = await checkAndRender(
    {
      briefings: join(WORK, 'briefings'),
      entityAliases: join(WORK, 'entities.yaml'),
      cache: mkdtempSync(join(WORK, 'cache-')),
      publicDir: join(ROOT, 'public'),
    },
    { includeDrafts: true, root: ROOT },
  );
  return { briefings, messages: problems.map(formatProblem) };
}

const cases: Array<[string, string, RegExp]> = [
  [
    'invalid YAML',
    'people:\n  Donald Trump: [Trump\nplaces:\n  Mexico City: [CDMX]\n',
    /^\.test-output\/entity-aliases\/entities\.yaml:3: is not valid YAML \(.+\): check this line/,
  ],
  [
    'an unknown section',
    'people:\n  Donald Trump: [Trump]\npeeple:\n  X: [Y]\n',
    /^\.test-output\/entity-aliases\/entities\.yaml:3: unknown section `peeple`: use `people:`, `places:`, `organizations:`$/,
  ],
  [
    'a name whose spellings are not a list',
    'people:\n  Marco Rubio: [Rubio]\n  Donald Trump: Trump\n',
    /^\.test-output\/entity-aliases\/entities\.yaml:3: `people\.Donald Trump` must be a list of other spellings, e.g. `Donald Trump: \[Trump\]`$/,
  ],
  [
    'a list instead of sections',
    '- Donald Trump\n- Trump\n',
    /^\.test-output\/entity-aliases\/entities\.yaml:1: must have `people:`, `places:` and\/or `organizations:` sections/,
  ],
  [
    'aliases of aliases',
    `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${Array(9).fill('*a').join(', ')}]\nc: &c [${Array(9).fill('*b').join(', ')}]\nd: [${Array(9).fill('*c').join(', ')}]\n`,
    /^\.test-output\/entity-aliases\/entities\.yaml:2: uses YAML aliases \(&name \/ \*name\) too many times: write the names out/,
  ],
];

describe('a malformed entities.yaml', () => {
  for (const [what, aliases, expected] of cases) {
    it(`${what}: one error naming the file and the line, and the briefings are still checked`, async () => {
      const { briefings, messages } = await checkWith(aliases);
      expect(messages).toEqual([expect.stringMatching(expected)]);
      expect(briefings.map((briefing) => briefing.file)).toEqual(['.test-output/entity-aliases/briefings/2025/10/bridge.md']);
    });
  }

  it('a well-formed one gives no message and is used', async () => {
    const { briefings, messages } = await checkWith('people:\n  Donald Trump: [Trump]\n');
    expect(messages).toEqual([]);
    expect(briefings[0]?.rendered.entities.people.map((person) => person.name)).toEqual(['Donald Trump']);
  });
});
