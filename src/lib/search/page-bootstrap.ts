import { createHash } from 'node:crypto';
import { type BootstrapUrls, bootstrapPage } from '../../client/page-bootstrap.ts';

/**
 * The inline script of every page: the typed bootstrap (src/client/page-bootstrap.ts) written out
 * as its own source and called with the page's addresses. A few hundred bytes, no request,
 * allowed by its hash in the Content-Security-Policy.
 */
export function pageBootstrap(urls: BootstrapUrls): string {
  // Indentation dropped: the function holds no multi-line string, and every page carries it.
  const source = bootstrapPage.toString().replace(/\n\s*/g, '\n');
  return `(${source})(${JSON.stringify(urls)}, (url) => import(url));`;
}

/** The CSP source expression that allows exactly this script: 'sha256-…'. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
