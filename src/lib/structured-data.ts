import type { QaPair } from './qa/types.ts';
import { KEY_QUESTIONS_ID } from './page-ids.ts';

/** What a NewsArticle needs to know about a briefing and the site publishing it. */
export interface ArticleFacts {
  url: string;
  title: string;
  summary: string;
  /** A moment, or an ISO date-time already written in the editor's offset. */
  date: Date | string;
  updated?: Date | string | undefined;
  author: string;
  topics: readonly string[];
  imageUrl?: string | undefined;
  publisher: { name: string; url: string; logoUrl: string };
}

const isoDateTime = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString());

/** schema.org NewsArticle for a briefing page. */
export function newsArticle(facts: ArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.title,
    description: facts.summary,
    datePublished: isoDateTime(facts.date),
    dateModified: isoDateTime(facts.updated ?? facts.date),
    author: { '@type': 'Person', name: facts.author },
    publisher: {
      '@type': 'Organization',
      name: facts.publisher.name,
      url: facts.publisher.url,
      logo: { '@type': 'ImageObject', url: facts.publisher.logoUrl },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    ...(facts.imageUrl ? { image: [facts.imageUrl] } : {}),
    ...(facts.topics.length > 0 ? { about: facts.topics.map((name) => ({ '@type': 'Thing', name })) } : {}),
  };
}

/** schema.org FAQPage listing exactly the questions and answers shown on the page. */
export function faqPage(url: string, pairs: readonly QaPair[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': `${url}#${KEY_QUESTIONS_ID}`,
    mainEntity: pairs.map((pair) => ({
      '@type': 'Question',
      name: pair.question,
      acceptedAnswer: { '@type': 'Answer', text: pair.answer },
    })),
  };
}

/** schema.org BreadcrumbList: the trail from the home page to the current page. */
export function breadcrumbList(trail: ReadonlyArray<{ name: string; url: string }>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: "<" is escaped so text such as
 * "</script>" in a headline cannot end the element early; the JSON value is unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
