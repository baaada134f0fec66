import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { buildSite, serveSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built real site (content/), served on localhost. */
    siteURL: string;
    /** Origin of the site built from tests/fixtures/sites/basic. */
    basicSiteURL: string;
    /** Origin of the site built from tests/fixtures/sites/qa-edge (awkward input for the Q&A). */
    qaEdgeSiteURL: string;
    /** Origin of the basic fixture site built for and served under the base path /news/. */
    newsBaseSiteURL: string;
    /** Origin of the site built from tests/fixtures/sites/newsroom (30 briefings, 3 months, 5 topics). */
    newsroomSiteURL: string;
    chromiumPath: string;
  }
}

/**
 * Finds (or installs) Chromium, then builds the real site and each fixture site once, into
 * `.test-output/`, and serves them for every browser test.
 */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', ensureChromium());
  const site = await serveSite(buildSite({ outDir: '.test-output/site' }));
  project.provide('siteURL', site.url);
  const basic = await serveSite(buildSite({ briefingsDir: 'tests/fixtures/sites/basic/briefings', outDir: '.test-output/basic' }));
  project.provide('basicSiteURL', basic.url);
  const qaEdge = await serveSite(buildSite({ briefingsDir: 'tests/fixtures/sites/qa-edge/briefings', outDir: '.test-output/qa-edge' }));
  project.provide('qaEdgeSiteURL', qaEdge.url);
  const newsBase = await serveSite(
    buildSite({ briefingsDir: 'tests/fixtures/sites/basic/briefings', outDir: '.test-output/basic-news-base', base: '/news/' }),
    '/news/',
  );
  project.provide('newsBaseSiteURL', newsBase.url);
  const newsroom = await serveSite(buildSite({ briefingsDir: 'tests/fixtures/sites/newsroom/briefings', outDir: '.test-output/newsroom' }));
  project.provide('newsroomSiteURL', newsroom.url);
  return async () => {
    await Promise.all([site.close(), basic.close(), qaEdge.close(), newsBase.close(), newsroom.close()]);
  };
}
