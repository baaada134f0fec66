import { join, resolve } from 'node:path';
import { addStageTime, timed } from '../lib/build-timings.ts';
import { type CheckedBriefing, readContentFolder } from '../lib/briefings/content-folder.ts';
import { type ImageSize, imageSize } from '../lib/briefings/image-size.ts';
import type { BriefingProblem } from '../lib/briefings/problems.ts';
import { svgScriptProblems } from '../lib/publish/svg-scripts.ts';
import { renderAll } from './render-all.ts';
import type { RenderedBriefing } from './render-briefing.ts';
import { renderDigest } from './render-digest.ts';

export interface ContentPaths {
  /** The briefings folder. */
  briefings: string;
  /** The site's entities.yaml (may not exist). */
  entityAliases: string;
  /** Where rendered results are kept between builds. */
  cache: string;
  /** The folder served as the site root (`public/`), where site images live. */
  publicDir: string;
}

export interface LoadedBriefing extends CheckedBriefing {
  rendered: RenderedBriefing;
  /** The lead image's size in pixels, when the briefing has one. */
  imageSize?: ImageSize | undefined;
}

/**
 * Everything the build knows about the briefings, found once: every file read and checked,
 * lead images measured, bodies rendered (cached by content hash) — and every problem of every
 * file. The build and `npm run check:content` both start here, so they say the same things.
 */
export async function checkAndRender(paths: ContentPaths, options: { includeDrafts: boolean; root?: string }): Promise<{ briefings: LoadedBriefing[]; problems: BriefingProblem[] }> {
  const root = options.root ?? process.cwd();
  const folder = timed('read and check all files', () => readContentFolder(paths.briefings, { cwd: root }));
  const chosen = folder.briefings.filter((briefing) => options.includeDrafts || !briefing.data.draft);
  const problems = [...folder.problems, ...svgScriptProblems(paths.publicDir, root)];
  const sizes = await Promise.all(
    chosen.map(async (briefing) => {
      const image = briefing.data.image;
      if (!image?.src) return undefined;
      const size = await imageSize(image.src, paths.publicDir, image);
      if ('problem' in size) {
        // A size no page can show is left out with a warning; a picture that is missing stops the build.
        problems.push({ file: briefing.file, field: 'image.src', severity: size.implausible ? 'warning' : 'error', message: size.problem });
        return undefined;
      }
      return size;
    }),
  );
  const digest = renderDigest(root, [resolve(paths.entityAliases)]);
  const started = performance.now();
  const rendered = await renderAll(
    chosen.map((briefing) => ({ ...briefing, frontmatter: briefing.data, cacheKey: `${digest}-${briefing.hash.slice(0, 40)}` })),
    { aliasesFile: paths.entityAliases, publicDir: paths.publicDir, cacheDir: join(paths.cache, 'briefings'), root },
  );
  addStageTime('render all briefings (wall)', performance.now() - started);
  problems.push(...rendered.flatMap((result) => result.problems));
  return {
    briefings: chosen.map((briefing, index) => ({ ...briefing, rendered: rendered[index] as RenderedBriefing, imageSize: sizes[index] })),
    problems,
  };
}
