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
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

// Pagefind's index and wasm files are already gzip-compressed; compressing them again gains nothing.
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** One response the server finished sending: the body bytes on the wire (after gzip). */
export interface Transfer {
  path: string;
  contentType: string;
  bytes: number;
  /** `performance.now()` in this process when the last byte was handed to the socket. */
  finishedAt: number;
}

/** A served folder: its origin on localhost, what it has sent, and how to stop serving it. */
export interface ServedFolder {
  url: string;
  /** Returns the responses finished since the last call and forgets them. */
  takeTransfers: () => Transfer[];
  close: () => Promise<void>;
}

/**
 * Serves a built site on a free localhost port the way a static host does: `index.html` for
 * folders, text compressed with gzip when the browser accepts it, and `no-store`, so every
 * page load fetches afresh. It counts the body bytes of every response, which is what a
 * reader downloads whether a page or a web worker asked for it.
 */
export async function serveFolder(root: string): Promise<ServedFolder> {
  const base = resolve(root);
  let transfers: Transfer[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolveFile(base, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    response.on('finish', () => transfers.push({ path: pathname, contentType: type, bytes, finishedAt: performance.now() }));
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

function resolveFile(base: string, pathname: string): string | undefined {
  const path = normalize(join(base, pathname));
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there; try the next candidate
    }
  }
  return undefined;
}
