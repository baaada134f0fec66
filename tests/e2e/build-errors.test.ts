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
});
