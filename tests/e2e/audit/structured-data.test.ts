import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { site as siteConfig } from '../../../src/site.config.ts';
import { useBrowser } from '../support/browser.ts';
import { readVisiblePage, structuredDataProblems, type VisiblePage } from './support/structured-data.ts';
import { BUILT_SITES, builtPages } from './support/sites.ts';

// Every JSON-LD block of every built site, read from the rendered page: it parses, has the
// fields schema.org consumers require for its type, and says what the page shows.
const canonicalOrigin = new URL(siteConfig.url).origin;
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: siteConfig.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
// A date-time with its own offset belongs to the day written (README, `date`); one in UTC to its
// day in the site's time zone.
const dayOf = (dateTime: string) => (/[+-]\d{2}:\d{2}$/.test(dateTime) ? dateTime.slice(0, 10) : dayFormat.format(new Date(dateTime)));

const browser = useBrowser();

describe('structured data', () => {
  it.each(BUILT_SITES)(
    'in the $label: every JSON-LD block is complete and matches the visible page; every briefing has a NewsArticle and a BreadcrumbList',
    async (site) => {
      const pages = builtPages(site);
      const paths = new Set(pages.map((page) => page.path));
      const isBuiltPage = (url: string) => url.startsWith(canonicalOrigin) && paths.has(new URL(url).pathname);
      const withData = pages.filter(
        (page) => readFileSync(page.file, 'utf8').includes('application/ld+json') || page.path.startsWith(`${site.base}briefings/`),
      );
      expect(withData.length).toBeGreaterThan(0);
      const { page, close } = await browser.open(new URL(withData[0]!.path, inject(site.name)).href);
      const problems: string[] = [];
      try {
        for (const built of withData) {
          if (new URL(page.url()).pathname !== built.path) await page.goto(new URL(built.path, page.url()).href);
          const visible = await readVisiblePage(page);
          problems.push(...structuredDataProblems({ page: visible, dayOf, isBuiltPage }).map((problem) => `${built.path}: ${problem}`));
          if (built.path.startsWith(`${site.base}briefings/`)) {
            const types = visible.jsonLd.map((text) => (JSON.parse(text) as { '@type'?: string })['@type']);
            for (const type of ['NewsArticle', 'BreadcrumbList']) if (!types.includes(type)) problems.push(`${built.path}: has no ${type}`);
          }
        }
      } finally {
        await close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );
});

describe('the structured-data check itself', () => {
  const shown: VisiblePage = {
    canonical: 'https://example.com/b/',
    ogImage: null,
    headings: ['Real Headline'],
    author: 'Ana Ruiz',
    publishedDay: '2025-09-03',
    images: [],
    keyQuestions: { questions: ['What happened?'], answers: ['A thing.'] },
    jsonLd: [],
  };
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Other Headline',
    datePublished: '2025-09-03',
    author: { '@type': 'Person', name: 'Ana Ruiz' },
    publisher: { '@type': 'Organization', name: 'X' },
    mainEntityOfPage: 'https://example.com/b/',
  };
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [{ '@type': 'Question', name: 'What happened?', acceptedAnswer: { '@type': 'Answer', text: 'Another thing.' } }],
  };
  const trail = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ '@type': 'ListItem', position: 2, name: 'Home', item: 'https://example.com/' }],
  };

  it('reports a headline, answer, date, breadcrumb or block that is wrong', () => {
    const page = { ...shown, jsonLd: [JSON.stringify(article), JSON.stringify(faq), JSON.stringify(trail), '{"@type": "NewsArticle",'] };
    const problems = structuredDataProblems({ page, dayOf, isBuiltPage: (url) => url === 'https://example.com/b/' });
    expect(problems).toEqual([
      'NewsArticle: headline “Other Headline” is not the visible h1 (“Real Headline”)',
      expect.stringMatching(/^NewsArticle: datePublished "2025-09-03" is not an ISO 8601 date-time/),
      'FAQPage: answers ["Another thing."] are not the visible ones ["A thing."]',
      'BreadcrumbList: itemListElement[0] has position 2, not 1',
      'BreadcrumbList: itemListElement[0] item https://example.com/ is not a page of the site',
      'BreadcrumbList: the last item "https://example.com/" is not this page (https://example.com/b/)',
      expect.stringMatching(/^block 4 does not parse/),
    ]);
  });
});
