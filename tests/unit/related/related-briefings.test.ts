import { describe, expect, it } from 'vitest';
import { relatedBriefings } from '../../../src/lib/related/related-briefings.ts';

const day = (d: number) => new Date(Date.UTC(2025, 8, d));
const briefings = [
  { id: 'fuel-1', date: day(1), topics: ['energy'], text: 'Pipeline taps and fuel theft fell as soldiers patrolled the pipelines in Hidalgo.' },
  { id: 'fuel-2', date: day(5), topics: ['energy'], text: 'Fuel theft from pipelines rose again in Hidalgo despite soldiers on patrol.' },
  { id: 'fuel-3', date: day(9), topics: ['energy', 'crime'], text: 'Soldiers guarding pipelines against fuel theft in Puebla were attacked.' },
  { id: 'vote', date: day(3), topics: ['elections'], text: 'Turnout in the judicial vote was low and ballots were counted slowly.' },
  { id: 'vote-2', date: day(7), topics: ['elections'], text: 'The electoral institute published the judicial vote count after observers complained.' },
  { id: 'lonely', date: day(8), topics: ['weather'], text: 'A cold front brought snow to the northern mountains for the first time in years.' },
];

describe('relatedBriefings', () => {
  const related = relatedBriefings(briefings);

  it('relates briefings that share topics and distinctive words, never the briefing itself', () => {
    expect(related.get('fuel-1')).toEqual(expect.arrayContaining(['fuel-2', 'fuel-3']));
    expect(related.get('fuel-1')).not.toContain('fuel-1');
    expect(related.get('vote')).toEqual(['vote-2']);
  });

  it('keeps unrelated briefings apart and gives a lonely one nothing', () => {
    expect(related.get('fuel-2')).not.toContain('vote');
    expect(related.get('lonely')).toEqual([]);
  });

  it('puts the most recent first among equally related briefings', () => {
    const twins = [
      { id: 'base', date: day(1), topics: ['trade'], text: 'Tariffs on steel imports.' },
      { id: 'older', date: day(2), topics: ['trade'], text: 'Unrelated words entirely here.' },
      { id: 'newer', date: day(9), topics: ['trade'], text: 'Different unrelated phrasing now.' },
    ];
    expect(relatedBriefings(twins).get('base')).toEqual(['newer', 'older']);
  });

  it('returns at most the limit, and the same answer every time', () => {
    expect(relatedBriefings(briefings, 1).get('fuel-1')).toHaveLength(1);
    expect(relatedBriefings(briefings)).toEqual(related);
  });
});
