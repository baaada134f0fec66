import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '../../support/browser.ts';
import type { BuiltPage, BuiltSite } from './sites.ts';

/** Bytes after gzip at its default level, as a static host would send them. */
export const gzipSize = (content: string | Buffer) => gzipSync(content).length;

/** Kilobytes with one decimal, for messages. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a page's HTML asks the browser to load or run before anyone touches it. */
export interface PageAssets {
  stylesheets: string[];
  inlineStyles: string[];
  /** Script files: <script src> and <link rel=modulepreload|preload as=script>. */
  scriptFiles: string[];
  /** The code of inline scripts that run (JSON-LD and other data blocks excluded). */
  inlineScripts: string[];
}

/** Reads a built page's assets with the browser's own HTML parser. */
export function assetsOf(page: Page, built: BuiltPage): Promise<PageAssets> {
  return page.evaluate(
    (html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const runs = (script: HTMLScriptElement) => ['', 'module', 'text/javascript', 'application/javascript'].includes(script.type.toLowerCase());
      const scripts = [...doc.querySelectorAll('script')].filter(runs);
      return {
        stylesheets: [...doc.querySelectorAll('link[rel~="stylesheet"]')].map((link) => link.getAttribute('href') ?? ''),
        inlineStyles: [...doc.querySelectorAll('style')].map((style) => style.textContent ?? ''),
        scriptFiles: [
          ...scripts.filter((script) => script.hasAttribute('src')).map((script) => script.getAttribute('src') ?? ''),
          ...[...doc.querySelectorAll('link[rel~="modulepreload"], link[rel~="preload"][as="script"]')].map((link) => link.getAttribute('href') ?? ''),
        ],
        inlineScripts: scripts.filter((script) => !script.hasAttribute('src')).map((script) => script.textContent ?? ''),
      };
    },
    readFileSync(built.file, 'utf8'),
  );
}

/** The built file a root-relative URL of the site points to. */
export function fileOf(site: BuiltSite, url: string): string {
  const path = new URL(url, 'http://site.invalid/').pathname;
  if (!path.startsWith(site.base)) throw new Error(`${url} is outside the site's base ${site.base}`);
  return join(site.dir, decodeURIComponent(path.slice(site.base.length)));
}
