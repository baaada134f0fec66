import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { addStageTime, timed } from '../lib/build-timings.ts';
import { type CheckedBriefing, readContentFolder } from '../lib/briefings/content-folder.ts';
import { type ImageSize, imageSize } from '../lib/briefings/image-size.ts';
import type { BriefingProblem } from '../lib/briefings/problems.ts';
import { EntityAliasesError, parseAliases } from '../lib/entities/aliases.ts';
import { svgScriptProblems } from '../lib/publish/svg-scripts.ts';
import { renderAll } from './render-all.ts';
import type { RenderedBriefing } from '../render/render-briefing.ts';
import { RENDER_SETTINGS } from '../render/settings.ts';
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
export async function checkAndRender(
  paths: ContentPaths,
  options: { includeDrafts: boolean; root?: string },
): Promise<{ briefings: LoadedBriefing[]; problems: BriefingProblem[] }> {
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
  // The site's entity aliases are checked once here, so a mistake in them is one problem in the
  // list like any briefing's; the briefings are then rendered with the built-in aliases alone.
  const aliasesProblem = entityAliasesProblem(paths.entityAliases, root);
  if (aliasesProblem) problems.push(aliasesProblem);
  const digest = renderDigest(root, [resolve(paths.entityAliases)], RENDER_SETTINGS);
  const started = performance.now();
  const rendered = await renderAll(
    chosen.map((briefing) => ({ ...briefing, frontmatter: briefing.data, cacheKey: `${digest}-${briefing.hash.slice(0, 40)}` })),
    { aliasesFile: aliasesProblem ? undefined : paths.entityAliases, publicDir: paths.publicDir, cacheDir: join(paths.cache, 'briefings'), root },
  );
  addStageTime('render all briefings (wall)', performance.now() - started);
  problems.push(...rendered.flatMap((result) => result.problems));
  return {
    briefings: chosen.map((briefing, index) => ({ ...briefing, rendered: rendered[index] as RenderedBriefing, imageSize: sizes[index] })),
    problems,
  };
}

/** What is wrong with the site's entities.yaml, if it exists and anything is. */
function entityAliasesProblem(path: string, root: string): BriefingProblem | undefined {
  if (!existsSync(path)) return undefined;
  const file = relative(root, resolve(path)).split(sep).join('/');
  try {
    parseAliases(readFileSync(path, 'utf8'), file);
    return undefined;
  } catch (error) {
    if (!(error instanceof EntityAliasesError)) throw error;
    return { file, line: error.line, severity: 'error', message: error.reason };
  }
}
