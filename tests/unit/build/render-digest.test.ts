import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDigest, renderingImports } from '../../../src/build/render-digest.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A copy of the project's sources, lock file and the installed versions rendering reads, to change one at a time. */
function copyOfProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'render-digest-'));
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
  for (const name of renderingImports(ROOT).packages) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    cpSync(join(ROOT, 'node_modules', name, 'package.json'), join(root, 'node_modules', name, 'package.json'));
  }
  return root;
}

const append = (file: string, text: string) => writeFileSync(file, readFileSync(file, 'utf8') + text);

describe('renderDigest: the render cache key changes exactly when a rendered briefing could', () => {
  it("follows the renderer's own imports, leaving out type-only imports and the site settings file", () => {
    const { modules, packages } = renderingImports(ROOT);
    const relativeModules = modules.map((file) => file.slice(ROOT.length + 1));
    expect(relativeModules).toEqual(expect.arrayContaining(['src/render/processor.ts', 'src/lib/qa/generate.ts', 'src/lib/entities/extract.ts']));
    expect(relativeModules).not.toContain('src/site.config.ts');
    expect(relativeModules.some((file) => file.startsWith('src/pages/') || file.startsWith('src/lib/search/'))).toBe(false);
    expect(packages).toEqual(expect.arrayContaining(['compromise', 'rehype-slug', 'hast-util-sanitize']));
  });

  it('changes with the code that renders, a package version, a rendering setting or the aliases; not with anything else', () => {
    const root = copyOfProject();
    const aliases = join(root, 'entities.yaml');
    writeFileSync(aliases, 'people: {}\n');
    const digest = (settings: unknown = { qaCount: 4, lang: 'en' }) => renderDigest(root, [aliases], settings);
    const before = digest();
    expect(digest()).toBe(before);

    append(join(root, 'src/lib/search/search-state.ts'), '\n// a change to the search code\n');
    append(join(root, 'src/site.config.ts'), '\n// pageSize changed\n');
    expect(digest()).toBe(before);

    expect(digest({ qaCount: 5, lang: 'en' })).not.toBe(before);

    append(join(root, 'src/lib/qa/generate.ts'), '\n// a change to the generator\n');
    const afterCode = digest();
    expect(afterCode).not.toBe(before);

    const manifest = join(root, 'node_modules/compromise/package.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: '99.0.0' }));
    const afterPackage = digest();
    expect(afterPackage).not.toBe(afterCode);

    writeFileSync(aliases, 'people:\n  Someone Else: [Else]\n');
    const afterAliases = digest();
    expect(afterAliases).not.toBe(afterPackage);

    // A package the site runs on, upgraded deep in the tree, counts; a development tool does not.
    const lockFile = join(root, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
    const [devPath] = Object.entries(lock.packages).find(([path, entry]) => path && entry.dev) ?? [];
    const [runtimePath] = Object.entries(lock.packages).find(([path, entry]) => path && !entry.dev) ?? [];
    (lock.packages[devPath ?? ''] as { version?: string }).version = '0.0.0-dev';
    writeFileSync(lockFile, JSON.stringify(lock));
    expect(digest()).toBe(afterAliases);
    (lock.packages[runtimePath ?? ''] as { version?: string }).version = '0.0.0-runtime';
    writeFileSync(lockFile, JSON.stringify(lock));
    expect(digest()).not.toBe(afterAliases);
  });
});
