import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export interface LocalServer {
  /** Origin the site is served at, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a folder on a free localhost port the way a static host or CDN does: gzip for text,
 * hashed assets in `_astro/` cached for a year, everything else revalidated, and the site's
 * 404 page for unknown addresses. The folder may be filled after the server starts, so the
 * site can be built for the address it will be served at.
 */
export async function startServer(dir: string): Promise<LocalServer> {
  let files: ReturnType<typeof sirv> | undefined;
  const server = createServer((req, res) => {
    files ??= sirv(dir, {
      gzip: true,
      etag: true,
      setHeaders: (response, pathname) => {
        response.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
      },
    });
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(dir, '404.html')));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Builds the site from `briefingsDir` into `outDir` for deployment at `siteUrl`, with the
 * project's own Astro, failing with Astro's output when the build fails.
 */
export function buildSite({ root, briefingsDir, outDir, siteUrl }: { root: string; briefingsDir: string; outDir: string; siteUrl: string }): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    BRIEFINGS_DIR: resolve(root, briefingsDir),
    OUT_DIR: resolve(root, outDir),
    SITE_URL: siteUrl,
    SITE_BASE: '/',
  };
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/** Writes a .gz beside every text file, which the server sends to browsers that accept gzip. */
export function precompress(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (TEXT.test(name) && statSync(file).isFile() && !existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
  }
}
