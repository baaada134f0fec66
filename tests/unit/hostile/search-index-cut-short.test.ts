import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../../src/build/built-site.ts';
import { pagefindArgs, pagefindProgram } from '../../../src/integrations/pagefind.ts';
import { searchIndexFileFault } from '../../../src/lib/publish/search-index-files.ts';
import { auditSite } from '../../../src/lib/publish/site-audit.ts';
import { ROOT } from '../../support/hostile.ts';

// A real index, written by the installed Pagefind from two small briefing pages.
const WORK = join(ROOT, '.test-output/search-index-cut-short');
const SITE = join(WORK, 'site');
const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

let files: string[] = [];

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  for (const [slug, title] of [
    ['budget-vote', 'Budget vote'],
    ['bridge-closure', 'Bridge closure'],
  ] as const) {
    mkdirSync(join(SITE, 'briefings/2025/09', slug), { recursive: true });
    writeFileSync(join(SITE, 'briefings/2025/09', slug, 'index.html'), page(title, `${title} explained for readers. `.repeat(40)));
  }
  const run = spawnSync(process.execPath, [pagefindProgram(), ...pagefindArgs(SITE, join(SITE, 'pagefind'), 'en')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stdout}${run.stderr}`);
  files = (readdirSync(join(SITE, 'pagefind'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => statSync(join(SITE, 'pagefind', file)).isFile())
    .sort();
});

/** What the build's reader finds when one search file is cut to `length` bytes, as a write on a full disk leaves it. */
function brokenWhenCut(file: string, length: number) {
  const path = join(SITE, 'pagefind', file);
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, length));
  try {
    return readBuiltSite(SITE, '/').searchIndex.brokenFiles;
  } finally {
    writeFileSync(path, bytes);
  }
}

describe('a search index cut short by a full disk is never published', () => {
  it('finds nothing wrong with the index as Pagefind wrote it', () => {
    expect(files).toEqual(expect.arrayContaining(['pagefind-ui.css', 'pagefind-ui.js', 'pagefind.js', 'wasm.unknown.pagefind', 'pagefind-entry.json']));
    expect(readBuiltSite(SITE, '/').searchIndex.brokenFiles).toEqual([]);
  });

  it('tells every file cut at 4,096 bytes (a page of a full disk) or to half its size, whatever its kind', () => {
    for (const file of files) {
      const bytes = readFileSync(join(SITE, 'pagefind', file));
      for (const length of new Set([Math.min(4096, bytes.length - 1), Math.floor(bytes.length / 2)])) {
        expect(searchIndexFileFault(file, bytes.subarray(0, length)), `${file} cut to ${length} of ${bytes.length} bytes`).toMatch(
          /^cut short or damaged \(.+\)$/,
        );
      }
    }
  });

  it('names the cut-short stylesheet and WebAssembly in the build’s audit', () => {
    for (const file of ['pagefind-ui.css', 'wasm.unknown.pagefind']) {
      const broken = brokenWhenCut(file, 4096);
      expect(broken.map((entry) => entry.file)).toEqual([file]);
      const problems = auditSite([], { pages: [], searchRecords: [], sitemapEntries: [], feeds: {}, searchIndex: { pageCount: 0, brokenFiles: broken } });
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^pagefind/${file.replace('.', '\\.')}: cut short or damaged \\(.+\\), so search would fail$`)),
      ]);
    }
  });
});
