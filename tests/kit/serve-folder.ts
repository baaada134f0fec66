import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

// Pagefind's index and wasm files are already gzip-compressed; compressing them again gains nothing.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** One response the server finished sending: the body bytes on the wire (after gzip). */
export interface Transfer {
  path: string;
  contentType: string;
  bytes: number;
  /** `performance.now()` in this process when the request came in. */
  requestedAt: number;
}

/** A served folder: its origin on localhost, what it has sent, and how to stop serving it. */
export interface ServedFolder {
  /** Origin the folder is served at, e.g. http://127.0.0.1:41234 (the base path is not part of it). */
  url: string;
  /** Returns the responses finished since the last call and forgets them. */
  takeTransfers: () => Transfer[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Deployment sub-path, e.g. "/news/": the folder is served under it and nothing outside it. */
  base?: string | undefined;
  /**
   * How responses may be cached: "none" (`no-store`, every load fetches afresh: tests and the
   * benchmark), or "cdn" as a static host or CDN serves a site (hashed files in `_astro/` kept for a
   * year, everything else revalidated: the Lighthouse audit).
   */
  cache?: 'none' | 'cdn';
}

/**
 * Serves a built site on a free localhost port the way a static host does: `index.html` for
 * folders, the site's `404.html` for anything not found, text compressed with gzip when the
 * browser accepts it. It counts the body bytes of every response, which is what a reader
 * downloads whether a page or a web worker asked for it. Files are looked up on each request,
 * so the folder may be filled after the server starts (a site built for the address it is served at).
 */
export async function serveFolder(dir: string, { base = '/', cache = 'none' }: ServeOptions = {}): Promise<ServedFolder> {
  const root = resolve(dir);
  const prefix = base.replace(/\/$/, '');
  let transfers: Transfer[] = [];
  const server = createServer((request, response) => {
    const requestedAt = performance.now();
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = !prefix || requested.startsWith(`${prefix}/`);
    const pathname = inside ? requested.slice(prefix.length) || '/' : requested;
    const found = inside ? resolveFile(root, pathname) : undefined;
    const file = found ?? resolveFile(root, '/404.html');
    const type = file ? (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const cacheControl =
      cache === 'none' ? 'no-store' : pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
    response.writeHead(found ? 200 : 404, { 'content-type': type, 'cache-control': cacheControl, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    response.on('finish', () => transfers.push({ path: requested, contentType: type, bytes, requestedAt }));
    if (!file) {
      counter.pipe(response);
      counter.end('Not found');
      return;
    }
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(counter).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    takeTransfers: () => {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The file a path names inside the folder (or its index.html, or "x.html" for "/x/"), never one outside it. */
function resolveFile(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, join(path, 'index.html'), `${path.replace(/[/\\]+$/, '')}.html`]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there; try the next candidate
    }
  }
  return undefined;
}
