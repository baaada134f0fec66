import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { LinkChecker, LinkState } from 'linkinator';
import { visit } from 'unist-util-visit';
import type { BuiltPage } from './sites.ts';

/**
 * The pages whose markup links to `target` (an absolute URL, fragment included): every href,
 * src and JSON-LD URL is resolved against the page's own address, with the deployment origin
 * `canonicalOrigin` read as the local `origin`.
 */
export function pagesLinkingTo(target: string, pages: BuiltPage[], origin: string, canonicalOrigin: string): string[] {
  const attribute = /\b(?:href|src)="([^"]*)"|"(?:url|item|@id)":"([^"]*)"/g;
  return pages
    .filter((page) => {
      const html = readFileSync(page.file, 'utf8');
      const base = new URL(page.path, origin);
      for (const match of html.matchAll(attribute)) {
        const raw = (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&');
        try {
          const url = new URL(raw.startsWith(canonicalOrigin) ? origin + raw.slice(canonicalOrigin.length) : raw, base);
          if (url.href === target) return true;
        } catch {
          // Not a URL: nothing to compare.
        }
      }
      return false;
    })
    .map((page) => page.path);
}

export interface LinkReport {
  /** One line per broken link: the address, why, and the pages that link to it. */
  broken: string[];
  /** Every URL that answered, fragments checked. */
  ok: Set<string>;
}

/**
 * Crawls a site served at `origin` with linkinator, starting from every built page: internal
 * links, stylesheets, scripts, images, CSS url()s and #fragments. Links to the deployment
 * address `canonicalOrigin` (canonical URLs, structured data) are checked against the local
 * copy; links to other sites are skipped.
 */
export async function checkLinks(origin: string, pages: BuiltPage[], canonicalOrigin: string): Promise<LinkReport> {
  const escaped = canonicalOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const result = await new LinkChecker().check({
    path: pages.map((page) => new URL(page.path, origin).href),
    recurse: true,
    // #fragments are checked below, page by page: linkinator only checks a fragment when it meets
    // the link before it fetches the page, which depends on the order of its requests.
    checkFragments: false,
    checkCss: true,
    concurrency: 8,
    // A limit that only stops a hang: a loaded machine can take seconds to serve a page.
    timeout: 120_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escaped}(?=/|$)`), replacement: origin }],
    linksToSkip: async (link) => new URL(link).origin !== origin,
  });
  const brokenLinks = new Map(result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => [link.url, link]));
  const broken = [...brokenLinks.values()].map((link) => {
    const sources = pagesLinkingTo(link.url, pages, origin, canonicalOrigin);
    const why = link.failureDetails?.map((detail) => (detail instanceof Error ? detail.message : `HTTP ${detail.status}`)).join('; ') || `HTTP ${link.status}`;
    const from = sources.length > 0 ? sources.join(', ') : (link.parent ?? '?').replace(origin, '');
    return `${link.url.replace(origin, '')} (${why}) linked from ${from}`;
  });
  return {
    broken: [...broken, ...fragmentProblems(pages, origin, canonicalOrigin)],
    ok: new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url)),
  };
}

/**
 * Every link from a built page to a #fragment of a built page (itself included) whose target has
 * no element with that id, as "/page/#id (Fragment identifier '#id' not found on page) linked
 * from /source/". Links to the deployment address `canonicalOrigin` count as links to `origin`.
 */
export function fragmentProblems(pages: BuiltPage[], origin: string, canonicalOrigin: string): string[] {
  const parsed = pages.map((page) => ({ page, tree: fromHtml(readFileSync(page.file, 'utf8')) }));
  const idsByPath = new Map<string, Set<string>>();
  for (const { page, tree } of parsed) {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    idsByPath.set(new URL(page.path, origin).pathname, ids);
  }
  const problems = new Set<string>();
  for (const { page, tree } of parsed) {
    const base = new URL(page.path, origin);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !node.properties.href.includes('#')) return;
      const raw = node.properties.href;
      let url: URL;
      try {
        url = new URL(raw.startsWith(canonicalOrigin) ? origin + raw.slice(canonicalOrigin.length) : raw, base);
      } catch {
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const ids = url.origin === new URL(origin).origin ? idsByPath.get(url.pathname) : undefined;
      if (!fragment || fragment.startsWith(':~:') || !ids || ids.has(fragment)) return;
      problems.add(`${url.pathname}#${fragment} (Fragment identifier '#${fragment}' not found on page) linked from ${page.path}`);
    });
  }
  return [...problems];
}
