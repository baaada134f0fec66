import { site } from '../site.config.ts';

/**
 * The site settings that change what a rendered briefing contains (and so are part of its cache
 * key). Kept apart from the processor so that reading them does not load the language tools.
 */
export const RENDER_SETTINGS = { qaCount: site.qaCount, lang: site.lang };
