import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/build/built-site.ts';
import { expectedBriefings } from '../../src/integrations/publish.ts';
import { auditSite } from '../../src/lib/publish/site-audit.ts';
import { site } from '../../src/site.config.ts';
import { buildSite, ROOT } from './support/site.ts';

const WORK = join(ROOT, '.test-output/publish');
const BRIEFINGS = join(WORK, 'briefings');
const OUT = join(WORK, 'site');

/** Every file of a folder with a hash of its bytes, to tell whether anything changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(dir, file), createHash('sha1').update(readFileSync(file)).digest('hex')]),
  );
}

describe('publishing only a complete build', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/sites/basic/briefings'), BRIEFINGS, { recursive: true });
    buildSite({ briefingsDir: BRIEFINGS, outDir: OUT });
  });

  it('a build that fails leaves the published site exactly as it was', () => {
    const before = snapshot(OUT);
    expect(Object.keys(before)).toContain('index.html');
    writeFileSync(join(BRIEFINGS, '2025/09/broken.md'), '---\ntitle: Broken\ndate: 2025-09-31\n---\n\nText.\n');
    try {
      expect(() => buildSite({ briefingsDir: BRIEFINGS, outDir: OUT })).toThrow(/broken\.md:3: `date` "2025-09-31" is not a date that exists/);
    } finally {
      rmSync(join(BRIEFINGS, '2025/09/broken.md'));
    }
    expect(snapshot(OUT)).toEqual(before);
  });

  it('the audit finds every briefing of the content folder in the built site', () => {
    expect(auditSite(expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize }), readBuiltSite(OUT, site.base))).toEqual([]);
  });

  it('the audit reports a briefing page deliberately dropped from the build, naming its file', () => {
    const damaged = join(WORK, 'damaged');
    cpSync(OUT, damaged, { recursive: true, dereference: true });
    const expected = expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize });
    const dropped = expected[0];
    if (!dropped) throw new Error('the fixture has no briefings');
    rmSync(join(damaged, dropped.path), { recursive: true });
    expect(auditSite(expected, readBuiltSite(damaged, site.base))).toEqual([`${dropped.file}: no page at ${dropped.path}, expected 1`]);
  });

  it('the audit reports a search index with files cut short, as a writer stopped mid-way leaves them', () => {
    const damaged = join(WORK, 'damaged-search');
    cpSync(OUT, damaged, { recursive: true, dereference: true });
    const expected = expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize });
    const fragment = readdirSync(join(damaged, 'pagefind/fragment'))[0];
    if (!fragment) throw new Error('the build has no search records');
    writeFileSync(join(damaged, 'pagefind/pagefind-entry.json'), '');
    writeFileSync(join(damaged, 'pagefind/fragment', fragment), readFileSync(join(damaged, 'pagefind/fragment', fragment)).subarray(0, 20));
    const problems = auditSite(expected, readBuiltSite(damaged, site.base));
    expect(problems).toEqual(
      expect.arrayContaining([
        `pagefind/pagefind-entry.json: missing or unreadable, expected ${expected.filter((briefing) => briefing.searchable).length} searchable briefings`,
        'pagefind/pagefind-entry.json: empty, so search would fail',
        `pagefind/fragment/${fragment}: cut short or damaged (unexpected end of file), so search would fail`,
      ]),
    );
    // The cut-short record is missing from the index, so its briefing is reported too.
    expect(problems.some((problem) => / no search record at /.test(problem))).toBe(true);
  });
});
