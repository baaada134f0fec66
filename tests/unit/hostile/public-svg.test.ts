import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { ROOT } from '../../support/hostile.ts';

// SVG files in public/ run their scripts when opened on their own: `npm run check:content` and the
// build (both checkAndRender) warn about each, naming the file and line.
it('warns on every SVG in public/ with a script, an on… attribute or a javascript: link, however written', async () => {
  const root = join(ROOT, '.test-output/unit-hostile-svg');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'public/images/maps'), { recursive: true });
  mkdirSync(join(root, 'briefings'), { recursive: true });
  const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>\n  <rect width="10" height="10"/>\n${inner}\n</svg>\n`;
  writeFileSync(join(root, 'public/images/clean.svg'), svg('<text x="1" y="9">only text: on=off, javascript is a word</text>'));
  writeFileSync(join(root, 'public/images/script.svg'), svg('<script>alert(document.domain)</script>'));
  writeFileSync(join(root, 'public/images/maps/handler.SVG'), svg('', ' onload="alert(1)"'));
  writeFileSync(join(root, 'public/images/link.svg'), svg('  <a href="jav&#x61;script:alert(1)"><text>x</text></a>'));
  const { problems } = await checkAndRender(
    { briefings: join(root, 'briefings'), entityAliases: join(root, 'entities.yaml'), cache: join(root, 'cache'), publicDir: join(root, 'public') },
    { includeDrafts: true, root: ROOT },
  );
  expect(problems.map(formatProblem)).toEqual([
    expect.stringMatching(
      /^\.test-output\/unit-hostile-svg\/public\/images\/link\.svg:3: warning: this SVG has a javascript: link: opened on its own it would run as code/,
    ),
    expect.stringMatching(
      /^\.test-output\/unit-hostile-svg\/public\/images\/maps\/handler\.SVG:1: warning: this SVG has an on… event attribute: .*README\.md \("Headers for the host"\)$/,
    ),
    expect.stringMatching(/^\.test-output\/unit-hostile-svg\/public\/images\/script\.svg:3: warning: this SVG has a <script> element: /),
  ]);
  expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
});
