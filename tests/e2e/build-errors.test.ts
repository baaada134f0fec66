import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from './support/site.ts';

describe('a briefing the build cannot use stops the build', () => {
  it('a Q&A item without an answer fails with the file, the line and the text, every time', () => {
    const folder = join(ROOT, '.test-output/bad-qa-briefings/2025/10');
    rmSync(join(ROOT, '.test-output/bad-qa-briefings'), { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/qa/bad-block.md'), join(folder, 'bad-block.md'));
    const build = () => buildSite({ briefingsDir: '.test-output/bad-qa-briefings', outDir: '.test-output/bad-qa-site' });
    expect(build).toThrow(/bad-block\.md:13: "What happens to the buses" in the Key Questions and Answers block has no question mark/);
    // The second build reads the entry from Astro's content cache and must fail the same way.
    expect(build).toThrow(/bad-block\.md:13:/);
  });

  it('every problem of every bad briefing is reported by one failed build, each with its file', () => {
    const build = () => buildSite({ briefingsDir: 'tests/fixtures/bad-briefings', outDir: '.test-output/bad-briefings-site' });
    let output = '';
    try {
      build();
    } catch (error) {
      output = String(error);
    }
    expect(output).toMatch(/11 problems in 11 briefings need fixing before the site can be built:/);
    for (const file of ['invalid-yaml', 'missing-title', 'missing-date', 'unparseable-date', 'impossible-date', 'image-without-alt', 'unknown-field', 'same-address', 'empty-body', 'not-utf8', 'unreadable-qa-block']) {
      expect(output).toMatch(new RegExp(`- tests/fixtures/bad-briefings/2025/10/${file}\\.md`));
    }
    expect(output).toMatch(/far-future-date\.md:3: warning: `date` is \d+ days in the future/);
  });
});
