import { describe, expect, it } from 'vitest';
import { dayOf, structuredDataProblems, type VisiblePage } from './support/structured-data.ts';

// The check that every-page.test.ts runs on every JSON-LD block of every built site, on pages
// made up to be wrong in each way it must catch.

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
