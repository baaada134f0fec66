import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../kit/chromium.ts';
import { SERVED_SITES } from './served-sites.ts';
import { buildSiteAsync } from '../../kit/build-site.ts';
import { serveSite } from './site.ts';

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
    /** Origin of the site built from tests/fixtures/hostile/published (hostile input that must publish safely). */
    hostileSiteURL: string;
    /** Origin of the site built from tests/fixtures/sites/pseudo-locale in the pseudo-language en-XA. */
    pseudoLocaleSiteURL: string;
    chromiumPath: string;
  }
}

/**
 * Finds (or installs) Chromium, then builds the real site and each fixture site once
 * (served-sites.ts), into `.test-output/`, and serves them for every browser test.
 */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', ensureChromium());
  const servers: Array<{ close: () => Promise<void> }> = [];
  // Two builds at a time: each is mostly one process on one core.
  const queue = [...SERVED_SITES];
  const builder = async () => {
    for (let site = queue.shift(); site; site = queue.shift()) {
      const { name, briefingsDir, outDir, base, lang } = site;
      const server = await serveSite((await buildSiteAsync({ briefingsDir, outDir, base, lang })).out, base);
      project.provide(name, server.url);
      servers.push(server);
    }
  };
  await Promise.all([builder(), builder()]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
