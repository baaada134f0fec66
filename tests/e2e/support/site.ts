import { type BuildOptions, buildSite as build, ROOT } from '../../kit/build-site.ts';
import { type ServedFolder, serveFolder } from '../../kit/serve-folder.ts';

export { ROOT };

/** Builds the site into its own folder (see the kit's buildSite) and gives the folder. */
export function buildSite(options: BuildOptions): string {
  return build(options).out;
}

/** Builds the site as buildSite does, and also gives what the build printed (its warnings). */
export const buildSiteWithOutput = build;

/**
 * Serves a built site on a free localhost port the way a static host does, 404 page included;
 * with a base ("/news/") the site is served under that path and nothing is served outside it.
 */
export function serveSite(dir: string, base = '/'): Promise<ServedFolder> {
  return serveFolder(dir, { base });
}
