import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type ServedFolder } from '../../kit/serve-folder.ts';

let folder = '';
let site: ServedFolder;
const page = `<!doctype html><title>x</title>${'<p>Some words repeated for compression.</p>'.repeat(200)}`;
const notFoundPage = '<!doctype html><title>Not found</title><p>No such page.</p>';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kit-serve-'));
  mkdirSync(join(folder, 'search'));
  writeFileSync(join(folder, 'search/index.html'), page);
  writeFileSync(join(folder, 'index.pf_index'), Buffer.from([1, 2, 3, 4, 5]));
  writeFileSync(join(folder, '404.html'), notFoundPage);
  // A file beside the served folder, which no URL may reach.
  writeFileSync(`${folder}-outside.txt`, 'secret');
  site = await serveFolder(folder);
});

afterAll(async () => {
  await site.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(`${folder}-outside.txt`, { force: true });
});

/** GET with the path sent exactly as written (no client-side normalising of `..`). */
function get(
  path: string,
  gzip: boolean,
  server: ServedFolder = site,
): Promise<{ status: number; encoding: string | undefined; cacheControl: string | undefined; body: Buffer }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          cacheControl: res.headers['cache-control'],
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveFolder', () => {
  it('serves a folder’s index.html gzip-compressed and counts the bytes sent', async () => {
    site.takeTransfers();
    const response = await get('/search/', true);
    expect(response.status).toBe(200);
    expect(response.encoding).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe(page);
    await new Promise((done) => setTimeout(done, 20));
    const [transfer, ...rest] = site.takeTransfers();
    expect(rest).toEqual([]);
    expect(transfer).toMatchObject({ path: '/search/', contentType: 'text/html; charset=utf-8', bytes: response.body.length });
    expect(response.body.length).toBeLessThan(page.length / 5);
    expect(site.takeTransfers()).toEqual([]);
  });

  it('sends binary files and text for clients without gzip as they are', async () => {
    expect((await get('/index.pf_index', true)).encoding).toBeUndefined();
    const plain = await get('/search/index.html', false);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('answers 404 for missing files and paths outside the folder, with the site’s own 404 page', async () => {
    expect((await get('/missing/', true)).status).toBe(404);
    const outside = `${folder.split('/').pop()}-outside.txt`;
    expect((await get(`/../${outside}`, true)).status).toBe(404);
    const escaped = await get(`/..%2F${outside}`, false);
    expect(escaped.status).toBe(404);
    expect(escaped.body.toString()).toBe(notFoundPage);
  });

  it('serves "x.html" for "/x/" as static hosts do, so the 404 page has an address of its own', async () => {
    const page404 = await get('/404/', false);
    expect(page404.status).toBe(200);
    expect(page404.body.toString()).toBe(notFoundPage);
  });

  it('tells browsers to fetch every file afresh', async () => {
    expect((await get('/search/', false)).cacheControl).toBe('no-store');
  });
});

describe('serveFolder as a static host or CDN under a base path', () => {
  let hosted: ServedFolder;
  beforeAll(async () => {
    mkdirSync(join(folder, '_astro'), { recursive: true });
    writeFileSync(join(folder, '_astro/site.1a2b.css'), 'body{}');
    hosted = await serveFolder(folder, { base: '/news/', cache: 'cdn' });
  });
  afterAll(() => hosted.close());

  it('serves the site under its base, and nothing outside it but the 404 page', async () => {
    expect((await get('/news/search/', false, hosted)).body.toString()).toBe(page);
    const outside = await get('/search/', false, hosted);
    expect(outside.status).toBe(404);
    expect(outside.body.toString()).toBe(notFoundPage);
  });

  it('caches hashed assets for a year and makes browsers revalidate everything else', async () => {
    expect((await get('/news/_astro/site.1a2b.css', false, hosted)).cacheControl).toBe('public, max-age=31536000, immutable');
    expect((await get('/news/search/', false, hosted)).cacheControl).toBe('public, max-age=0, must-revalidate');
  });
});
