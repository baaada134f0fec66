import type { ServedSite } from './browser.ts';

/** A site the browser tests share: built once by global setup into `outDir` and served. */
export interface ServedSiteDefinition {
  name: ServedSite;
  label: string;
  /** Folder of briefings; the real `content/briefings` when omitted. */
  briefingsDir?: string;
  outDir: string;
  base?: string;
  /** The site's language (site.lang); English when omitted. */
  lang?: string;
}

export const SERVED_SITES: readonly ServedSiteDefinition[] = [
  { name: 'siteURL', label: 'real site', outDir: '.test-output/site' },
  { name: 'basicSiteURL', label: 'basic fixture site', briefingsDir: 'tests/fixtures/sites/basic/briefings', outDir: '.test-output/basic' },
  { name: 'qaEdgeSiteURL', label: 'Q&A edge-case fixture site', briefingsDir: 'tests/fixtures/sites/qa-edge/briefings', outDir: '.test-output/qa-edge' },
  {
    name: 'newsBaseSiteURL',
    label: 'basic fixture site under /news/',
    briefingsDir: 'tests/fixtures/sites/basic/briefings',
    outDir: '.test-output/basic-news-base',
    base: '/news/',
  },
  {
    name: 'newsroomSiteURL',
    label: 'newsroom fixture site (30 briefings, 3 months, 5 topics)',
    briefingsDir: 'tests/fixtures/sites/newsroom/briefings',
    outDir: '.test-output/newsroom',
  },
  {
    name: 'pseudoLocaleSiteURL',
    label: 'fixture site in the pseudo-language en-XA',
    briefingsDir: 'tests/fixtures/sites/pseudo-locale/briefings',
    outDir: '.test-output/pseudo-locale',
    lang: 'en-XA',
  },
  {
    name: 'hostileSiteURL',
    label: 'hostile input that must publish (tests/fixtures/hostile/published)',
    briefingsDir: 'tests/fixtures/hostile/published',
    outDir: '.test-output/hostile-published',
  },
];
