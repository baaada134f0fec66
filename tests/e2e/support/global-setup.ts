import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { buildSite, serveSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built real site (content/), served on localhost. */
    siteURL: string;
    chromiumPath: string;
  }
}

/** Finds (or installs) Chromium, builds the real site once and serves it for every browser test. */
export default async function setup(project: TestProject) {
  project.provide('chromiumPath', ensureChromium());
  const site = await serveSite(buildSite({ outDir: '.test-output/site' }));
  project.provide('siteURL', site.url);
  return site.close;
}
