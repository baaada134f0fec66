import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { checkAndRender } from '../../../src/build/check-and-render.ts';
import { createBriefingRenderer } from '../../../src/render/render-briefing.ts';
import { ROOT } from '../../support/hostile.ts';

// Pictures in a briefing's body and front matter, measured from a public/ folder of the test's own.
const OUTPUT = join(ROOT, '.test-output/unit-hostile-images');

/** The first bytes of a PNG file whose header claims `width`×`height` pixels. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const type = Buffer.from('IHDR');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, ihdr])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, type, ihdr, crc]);
}

function site(name: string, briefings: Record<string, string>, pictures: Record<string, Buffer>) {
  const root = join(OUTPUT, name);
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(briefings)) {
    mkdirSync(join(root, 'briefings/2025/11'), { recursive: true });
    writeFileSync(join(root, 'briefings/2025/11', path), text);
  }
  mkdirSync(join(root, 'public/images'), { recursive: true });
  for (const [path, bytes] of Object.entries(pictures)) writeFileSync(join(root, 'public/images', path), bytes);
  const paths = { briefings: join(root, 'briefings'), entityAliases: join(root, 'entities.yaml'), cache: join(root, 'cache'), publicDir: join(root, 'public') };
  return { root, paths, check: () => checkAndRender(paths, { includeDrafts: true, root: ROOT }) };
}

const briefing = (title: string, front: string, body: string) =>
  `---\ntitle: ${title}\ndate: 2025-11-12\n${front}---\n\nA first paragraph about ${title}.\n\n${body}\n`;

describe('pictures in a briefing body', () => {
  it('a relative picture path is an error, and no Astro image placeholder reaches the page', async () => {
    const render = await createBriefingRenderer({ publicDir: join(ROOT, 'public') });
    const body =
      'Text.\n\n![A photo](photo.png)\n\n![Another](./images/other.png)\n\n![By reference][ref]\n\n[ref]: pictures/ref.png\n\n<img src="inline.png" alt="Inline">';
    const rendered = await render({ file: 'x.md', absolutePath: '/x.md', body, bodyLine: 1, frontmatter: {} });
    expect(rendered.html).not.toContain('__ASTRO_IMAGE_');
    expect(rendered.html).not.toContain('<img');
    expect(rendered.problems.map(formatProblem)).toEqual([
      'x.md:3: `photo.png` is a relative image path: put the picture in public/images/ and write /images/photo.png',
      'x.md:5: `./images/other.png` is a relative image path: put the picture in public/images/ and write /images/other.png',
      'x.md:7: `pictures/ref.png` is a relative image path: put the picture in public/images/ and write /images/ref.png',
      'x.md:11: `inline.png` is a relative image path: put the picture in public/images/ and write /images/inline.png',
    ]);
  });

  it('a picture whose header claims an absurd size is published without a size, with a warning', async () => {
    const { check } = site('absurd', { 'absurd.md': briefing('Absurd', '', '![A chart](/images/huge.png)') }, { 'huge.png': png(100_000, 100_000) });
    const { briefings, problems } = await check();
    expect(briefings[0]?.rendered.html).toContain('<img src="/images/huge.png" alt="A chart">');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /briefings\/2025\/11\/absurd\.md:8: warning: the picture "\/images\/huge\.png" claims to be 100000×100000 pixels, .* so its size is left out/,
      ),
    ]);
  });

  it('an absurd width and height written on an <img> are left out too', async () => {
    const render = await createBriefingRenderer({ publicDir: join(ROOT, 'public') });
    const rendered = await render({
      file: 'x.md',
      absolutePath: '/x.md',
      body: '<img src="/favicon.svg" alt="Logo" width="100000" height="9">',
      bodyLine: 1,
      frontmatter: {},
    });
    expect(rendered.html).not.toContain('100000');
    expect(rendered.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^x\.md:1: warning: the picture "\/favicon\.svg" claims to be 100000×9 pixels/),
    ]);
  });

  it('a lead image whose header claims an absurd size is published without a size, with a warning', async () => {
    const { check } = site(
      'absurd-lead',
      { 'lead.md': briefing('Lead', 'image:\n  src: /images/huge.png\n  alt: A chart\n', 'Text.') },
      { 'huge.png': png(60_000, 2_000) },
    );
    const { briefings, problems } = await check();
    expect(briefings[0]?.imageSize).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/lead\.md: warning: `image\.src` "\/images\/huge\.png" claims to be 60000×2000 pixels/),
    ]);
  });

  it('a picture resized or deleted after a build renders again, and only the briefings that show it', async () => {
    const { root, paths, check } = site(
      'changed',
      { 'with-picture.md': briefing('With', '', '![A map](/images/map.png)'), 'without-picture.md': briefing('Without', '', 'No picture here.') },
      { 'map.png': png(800, 600) },
    );
    const first = await check();
    expect(first.briefings[0]?.rendered.html).toContain('width="800" height="600"');
    // Mark the cached render of the briefing without the picture: if it is reused, the mark shows.
    const cached = readdirSync(join(paths.cache, 'briefings'), { recursive: true, encoding: 'utf8' })
      .map((name) => join(paths.cache, 'briefings', name))
      .find((path) => path.endsWith('.json') && readFileSync(path, 'utf8').includes('No picture here'));
    if (!cached) throw new Error('the briefing without the picture was not cached');
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('No picture here.', 'No picture here (kept from the cache).'));

    // Bigger by a byte too, so the change shows on file systems with coarse modification times.
    writeFileSync(join(root, 'public/images/map.png'), Buffer.concat([png(1600, 1200), Buffer.from([0])]));
    const resized = await check();
    expect(resized.briefings[0]?.rendered.html).toContain('width="1600" height="1200"');
    expect(resized.briefings[1]?.rendered.html).toContain('No picture here (kept from the cache).');

    rmSync(join(root, 'public/images/map.png'));
    const deleted = await check();
    expect(deleted.briefings[0]?.rendered.html).not.toContain('width=');
    expect(deleted.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/with-picture\.md:8: warning: the picture "\/images\/map\.png" is not in public\//),
    ]);
  });
});
