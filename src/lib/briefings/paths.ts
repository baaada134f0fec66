import { slug } from 'github-slugger';

/**
 * The id of a briefing from its file path relative to the briefings folder:
 * `2025/09/US Mexico Talks.md` -> `2025/09/us-mexico-talks`. Each folder and the file name are
 * slugged separately, so the URL mirrors where the editor put the file.
 */
export function briefingIdFromPath(relativePath: string): string {
  const segments = relativePath
    .replace(/\\/g, '/')
    .replace(/\.(md|markdown)$/i, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  return segments.map((segment) => slug(segment)).join('/');
}

/** The site-relative URL of a briefing page, e.g. `/briefings/2025/09/us-mexico-talks/`. */
export function briefingPath(id: string): string {
  return `/briefings/${id}/`;
}

/** Prefixes a site-relative path with the deployment base ("/" or "/sub/"). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
