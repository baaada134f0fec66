import { describe, expect, it } from 'vitest';
import { recordPublished, takePublished } from '../../../src/build/published-briefings.ts';
import { expectedBriefings } from '../../../src/integrations/publish.ts';

const briefing = (id: string, day: string, searchable = true) => ({
  id,
  file: `content/briefings/${id}.md`,
  date: new Date(`${day}T12:00:00Z`),
  day,
  searchable,
  title: 'kept out',
});

describe('the briefings a build publishes', () => {
  it('are handed from the pages to the publish step once, with only what the audit needs', () => {
    recordPublished([briefing('2025/11/a', '2025-11-02')]);
    expect(takePublished()).toEqual([
      { id: '2025/11/a', file: 'content/briefings/2025/11/a.md', date: new Date('2025-11-02T12:00:00Z'), day: '2025-11-02', searchable: true },
    ]);
    expect(takePublished()).toBeUndefined();
  });

  it('are what the audit expects, newest first, without reading the content folder again', () => {
    const recorded = [briefing('2025/10/old', '2025-10-01'), briefing('2025/11/new', '2025-11-03', false), briefing('2025/11/mid', '2025-11-01')];
    const expected = expectedBriefings({ briefings: '/folder/that/does/not/exist', base: '/', feedSize: 2 }, recorded);
    expect(expected).toEqual([
      { file: 'content/briefings/2025/11/new.md', path: '/briefings/2025/11/new/', searchable: false, inFeeds: true },
      { file: 'content/briefings/2025/11/mid.md', path: '/briefings/2025/11/mid/', searchable: true, inFeeds: true },
      { file: 'content/briefings/2025/10/old.md', path: '/briefings/2025/10/old/', searchable: true, inFeeds: false },
    ]);
  });
});
