import { describe, expect, it } from 'vitest';
import { faqPage, newsArticle, serializeJsonLd } from '../../src/lib/structured-data.ts';

const facts = {
  url: 'https://example.com/briefings/2025/09/a/',
  title: 'Talks </script><script>alert(1)</script> resume',
  summary: 'Both sides met.',
  date: new Date('2025-09-03T00:00:00Z'),
  author: 'Web Editor',
  topics: ['Security', 'Mexico'],
  publisher: { name: 'The Daily Briefing', url: 'https://example.com/', logoUrl: 'https://example.com/favicon.svg' },
};

describe('structured data', () => {
  it('a NewsArticle carries the headline, dates, author, publisher and topics', () => {
    expect(newsArticle(facts)).toMatchObject({
      '@type': 'NewsArticle',
      headline: facts.title,
      datePublished: '2025-09-03T00:00:00.000Z',
      dateModified: '2025-09-03T00:00:00.000Z',
      author: { '@type': 'Person', name: 'Web Editor' },
      publisher: { '@type': 'Organization', name: 'The Daily Briefing' },
      about: [
        { '@type': 'Thing', name: 'Security' },
        { '@type': 'Thing', name: 'Mexico' },
      ],
    });
    expect(newsArticle({ ...facts, updated: new Date('2025-09-05T10:00:00Z') }).dateModified).toBe('2025-09-05T10:00:00.000Z');
    expect(newsArticle(facts)).not.toHaveProperty('image');
  });

  it('a FAQPage lists exactly the given pairs as Question / acceptedAnswer', () => {
    expect(faqPage(facts.url, [{ question: 'Why?', answer: 'Because.', source: 'parsed' }]).mainEntity).toEqual([
      { '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } },
    ]);
  });

  it('serialises so that text cannot close the script element, and parses back to the same value', () => {
    const json = serializeJsonLd(newsArticle(facts));
    expect(json).not.toContain('</script>');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(newsArticle(facts));
  });
});
