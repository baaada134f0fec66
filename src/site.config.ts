/**
 * The one place for site settings. Everything that names the site, decides a URL or sizes a
 * list reads from here; nothing else hard-codes these values.
 */
export interface SiteConfig {
  /** Name shown in the header, the <title> suffix and feeds. */
  title: string;
  /** One-sentence description for the home page and search engines. */
  description: string;
  /** Absolute origin the site is deployed to, used for canonical URLs. */
  url: string;
  /** Path prefix when the site is served from a sub-folder, e.g. "/news/"; "/" at the root. */
  base: string;
  /** Byline used when a briefing's front matter has no `author`. */
  defaultAuthor: string;
  /**
   * BCP 47 language tag of the site: <html lang>, dates and numbers, and the table of UI words
   * (src/i18n/tables.ts) every page, feed and script takes its words from.
   */
  lang: string;
  /** IANA time zone in which briefing dates are shown. */
  timeZone: string;
  /** Briefings per listing page. */
  pageSize: number;
  /** Briefings the RSS and JSON feeds carry: the newest this many. */
  feedSize: number;
  /** Questions generated for a briefing whose editor wrote none (3–6). */
  qaCount: 3 | 4 | 5 | 6;
  /** An entity gets its own page once this many briefings mention it; below that it is listed only. */
  entityPageMinBriefings: number;
  /** Names per page of the people, places and organisations lists. */
  entityListPageSize: number;
  /** Search can be narrowed to any of this many people, places and organisations (each), the most mentioned. */
  searchEntityChoices: number;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const site: SiteConfig = {
  title: 'The Daily Briefing',
  description: 'Short, sourced briefings on the day’s news, with the key questions answered.',
  url: env.SITE_URL ?? 'https://briefings.example.com',
  base: env.SITE_BASE ?? '/',
  defaultAuthor: 'Web Editor',
  lang: env.SITE_LANG ?? 'en',
  timeZone: 'UTC',
  pageSize: 20,
  feedSize: 50,
  qaCount: 4,
  entityPageMinBriefings: 2,
  entityListPageSize: 200,
  searchEntityChoices: 50,
};

/** A short, stable name for a folder: its absolute path, hashed (FNV-1a, no Node APIs needed). */
function folderKey(folder: string): string {
  const absolute = folder.startsWith('/') ? folder : `${typeof process === 'undefined' ? '' : process.cwd()}/${folder}`;
  let hash = 0x811c9dc5;
  for (const char of absolute.replace(/\/+$/, '')) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The paths of a build that reads briefings from `briefings` (BRIEFINGS_DIR; the real
 * `content/briefings` when unset) and writes to `out` (OUT_DIR).
 */
export function buildPathsFor(briefings: string | undefined, out: string | undefined) {
  const folder = briefings ?? './content/briefings';
  return {
    briefings: folder,
    /**
     * Where rendered briefings are kept between builds: one folder per briefings folder, so
     * building a test or benchmark set never evicts the real site's cache.
     */
    cache: briefings === undefined ? './node_modules/.astro' : `./node_modules/.astro/sets/${folderKey(folder)}`,
    /** Canonical names and aliases of people, places and organisations, beside the briefings folder. */
    entityAliases: `${folder.replace(/\/+$/, '')}/../entities.yaml`,
    out: out ?? './dist',
    /** Files served as they are at the site root; pictures briefings show live here. */
    public: './public',
  };
}

/**
 * Where this build reads briefings from and writes the site to. Both can be pointed elsewhere
 * (BRIEFINGS_DIR, OUT_DIR) so test and benchmark sets build without touching `content/` or `dist/`.
 */
export const buildPaths = buildPathsFor(env.BRIEFINGS_DIR, env.OUT_DIR);
