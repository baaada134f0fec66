import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ServedSite } from '../../support/browser.ts';
import { ROOT } from '../../support/site.ts';
import { SERVED_SITES } from '../../support/served-sites.ts';

/** A site that global setup builds into `.test-output/` and serves: its folder and its base path. */
export interface BuiltSite {
  name: ServedSite;
  label: string;
  dir: string;
  base: string;
}

/** Every served site, where global setup built it. */
export const BUILT_SITES: readonly BuiltSite[] = SERVED_SITES.map((site) => ({
  name: site.name,
  label: site.label,
  dir: join(ROOT, site.outDir),
  base: site.base ?? '/',
}));

/** A built HTML page: its file and the address it is served at (base included). */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML page of a built site except Pagefind's own files, sorted by address. */
export function builtPages(site: BuiltSite): BuiltPage[] {
  const files = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith(`pagefind${sep}`))
    .map((name) => join(site.dir, name));
  return files
    .map((file) => {
      const local = relative(site.dir, file).split(sep).join('/');
      const path = local === 'index.html' || local.endsWith('/index.html') ? local.replace(/index\.html$/, '') : local;
      return { file, path: `${site.base}${path}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page of each kind (same first path segment and depth: "/topics/x/", "/archive/y/m/"),
 * plus every briefing, whose content differs from page to page.
 */
export function pagesOfEachKind(site: BuiltSite): BuiltPage[] {
  const seen = new Set<string>();
  return builtPages(site).filter((page) => {
    const segments = page.path.slice(site.base.length).split('/').filter(Boolean);
    if (segments[0] === 'briefings') return true;
    const kind = `${segments[0] ?? ''}/${segments.length}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
