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

describe('relatedBriefings over a large archive', () => {
  // Sixty briefings share the topic "national": too many to walk, so it brings no candidates, but
  // it still counts for those that share words.
  const filler = Array.from({ length: 60 }, (_, n) => ({
    id: `filler-${n}`,
    date: day(1 + (n % 28)),
    topics: ['national'],
    text: `Filler report number ${n} about ${['harvests', 'museums', 'railways', 'libraries'][n % 4]} ${'and '.repeat(n % 3)}more.`,
  }));
  const pair = [
    { id: 'storm-a', date: day(2), topics: ['national'], text: 'Hurricane Selma reached Tamaulipas ports.' },
    { id: 'storm-b', date: day(3), topics: ['national'], text: 'Hurricane Selma flooded Tamaulipas ports.' },
    { id: 'storm-c', date: day(4), topics: ['weather'], text: 'Hurricane Selma flooded Tamaulipas ports overnight.' },
  ];
  const related = relatedBriefings([...filler, ...pair]);

  it('a topic on too many briefings brings in none of them, yet adds to the score of those sharing words', () => {
    // storm-c shares more words with storm-b, but storm-a shares the topic as well.
    expect(related.get('storm-b')).toEqual(['storm-a', 'storm-c']);
    expect(related.get('storm-c')).toEqual(['storm-b', 'storm-a']);
    expect(related.get('storm-a')?.some((id) => id.startsWith('filler'))).toBe(false);
  });

  it('ranks the same whatever the order of the archive', () => {
    const reversed = relatedBriefings([...pair, ...filler].reverse());
    for (const { id } of pair) expect(reversed.get(id)).toEqual(related.get(id));
  });
});
