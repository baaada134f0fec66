import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';

await init;

/** Where rendering starts: the renderer and its worker threads (render-all.ts). */
const ENTRY_POINTS = ['src/render/render-briefing.ts', 'src/build/render-worker.ts'];
/** Site settings are hashed by the values rendering reads (`settings`), not as a file. */
const SETTINGS_FILE = 'src/site.config.ts';

/**
 * A hash of everything that decides what a rendered briefing contains, part of every render
 * cache key (render-all.ts): our own modules that rendering imports (followed from the entry
 * points, type-only imports left out), the installed version of every package they import and
 * of every package the lock file says the site runs on, the site settings rendering reads, and
 * data files such as the entity aliases (`extraFiles`). A change anywhere else — a page, the
 * search code, the page size — keeps every rendered result.
 */
export function renderDigest(root: string, extraFiles: string[] = [], settings: unknown = {}): string {
  const hash = createHash('sha1');
  const { modules, packages } = renderingImports(root);
  for (const file of modules) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  for (const name of packages) hash.update(`${name}@${installedVersion(root, name)}\0`);
  hash.update(runtimePackages(root)).update('\0');
  hash.update(JSON.stringify(settings)).update('\0');
  for (const extra of extraFiles)
    if (existsSync(extra) && statSync(extra).isFile()) hash.update(relative(root, extra)).update('\0').update(readFileSync(extra)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Our modules reachable from the entry points by value imports, and the packages they import. */
export function renderingImports(root: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const settings = resolve(root, SETTINGS_FILE);
  const visit = (file: string) => {
    if (modules.has(file) || file === settings || !existsSync(file)) return;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const { n: specifier, ss, se } of parse(source)[0]) {
      // `import type …` and `export type …` are erased before the code runs.
      if (!specifier || specifier.startsWith('node:') || /^(?:import|export)\s+type\b/.test(source.slice(ss, se))) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(packageName(specifier));
    }
  };
  for (const entry of ENTRY_POINTS) visit(resolve(root, entry));
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

/** "hast-util-sanitize/lib/schema" -> "hast-util-sanitize"; "@astrojs/rss/util" -> "@astrojs/rss". */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return 'missing';
  }
}

/** Every package the site runs on, with its version, from the lock file (development tools left out). */
function runtimePackages(root: string): string {
  try {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages?: Record<string, { version?: string; dev?: boolean }> };
    return Object.entries(lock.packages ?? {})
      .filter(([path, entry]) => path !== '' && !entry.dev)
      .map(([path, entry]) => `${path}@${entry.version ?? ''}`)
      .sort()
      .join('\n');
  } catch {
    return 'no lock file';
  }
}
