import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { site as siteConfig } from '../../../src/site.config.ts';
import { serveSite } from '../support/site.ts';
import { checkLinks } from './support/links.ts';
import { BUILT_SITES, builtPages } from './support/sites.ts';

// Each built site as served on localhost, at the root and under /news/: no internal link,
// asset or #fragment may be broken. Links to other sites are skipped (there is no network).
const canonicalOrigin = new URL(siteConfig.url).origin;

describe('no broken internal links or #fragments', () => {
  it.each(BUILT_SITES)('in the $label', async (site) => {
    const origin = inject(site.name);
    const pages = builtPages(site);
    const report = await checkLinks(origin, pages, canonicalOrigin);
    expect(report.broken, report.broken.join('\n')).toEqual([]);
    const unchecked = pages.filter((page) => !report.ok.has(new URL(page.path, origin).href)).map((page) => page.path);
    expect(unchecked, 'built pages the crawl did not reach').toEqual([]);
    // Canonical URLs on the deployment address were checked against the local copy.
    expect(report.ok.has(new URL(`${site.base}archive/`, origin).href)).toBe(true);
  });

  it('and it reports a missing page and a missing #fragment with the page that links to them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    try {
      writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Home</title><a href="/a.html#nowhere">A</a> <a href="/gone/">Gone</a>');
      writeFileSync(join(dir, 'a.html'), '<!doctype html><title>A</title><h2 id="here">Here</h2><a href="#here">Here</a>');
      const served = await serveSite(dir);
      try {
        const pages = ['index.html', 'a.html'].map((name) => ({ file: join(dir, name), path: name === 'index.html' ? '/' : `/${name}` }));
        const report = await checkLinks(served.url, pages, canonicalOrigin);
        expect(report.broken.sort()).toEqual([
          expect.stringMatching(/^\/a\.html#nowhere \(Fragment identifier '#nowhere' not found.*\) linked from \/$/),
          expect.stringMatching(/^\/gone\/ \(.*404.*\) linked from \/$/),
        ]);
      } finally {
        await served.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
