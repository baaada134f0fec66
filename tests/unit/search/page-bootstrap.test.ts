import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageBootstrap, scriptHash } from '../../../src/lib/search/page-bootstrap.ts';

const urls = { searchDialog: '/_astro/search-dialog.js', highlighter: '/pagefind/pagefind-highlight.js' };

/** Runs the inline script in a bare context with just the browser names it may use, and records what it registers. */
let imported: string[] = [];

function runBootstrap(search = '') {
  imported = [];
  const listeners: Array<{ type: string; capture: boolean; listener: (event: unknown) => void }> = [];
  class HTMLElement {}
  class HTMLInputElement extends HTMLElement {}
  class Element {}
  const document = {
    addEventListener: (type: string, listener: (event: unknown) => void, capture = false) => listeners.push({ type, capture, listener }),
    removeEventListener: () => undefined,
    getElementById: () => null,
  };
  // The page's own loader, "(url) => import(url)", is replaced by one that records the address.
  const script = pageBootstrap(urls).replace('(url) => import(url)', '(url) => { recordImport(url); return new Promise(() => {}); }');
  const recordImport = (url: string) => imported.push(url);
  runInNewContext(script, { document, location: { search }, URLSearchParams, HTMLElement, HTMLInputElement, Element, recordImport });
  return listeners;
}

describe('pageBootstrap', () => {
  it('is a script that stands alone: it runs with only the browser’s own names and listens for clicks and keys', () => {
    const listeners = runBootstrap();
    expect(listeners.map(({ type, capture }) => [type, capture])).toEqual([
      ['click', false],
      ['keydown', false],
    ]);
  });

  it('on "/" starts loading the dialog and keeps the keys typed meanwhile', () => {
    const listeners = runBootstrap();
    const keydown = listeners.find(({ type }) => type === 'keydown')?.listener;
    keydown?.({ key: '/', ctrlKey: false, metaKey: false, altKey: false, target: null, preventDefault: () => undefined });
    expect(listeners.some(({ type, capture }) => type === 'keydown' && capture)).toBe(true);
    expect(imported).toEqual([urls.searchDialog]);
  });

  it('arriving from a search result, loads the highlighter', () => {
    runBootstrap('?highlight=border');
    expect(imported).toEqual([urls.highlighter]);
  });

  it('names the addresses it loads, and its hash changes with them', () => {
    const script = pageBootstrap(urls);
    expect(script).toContain(JSON.stringify(urls));
    expect(scriptHash(script)).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
    expect(scriptHash(pageBootstrap({ ...urls, searchDialog: '/other.js' }))).not.toBe(scriptHash(script));
  });
});
