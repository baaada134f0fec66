import { describe, expect, it } from 'vitest';
import { normalizeTopics } from '../../../src/lib/briefings/topics.ts';

describe('normalizeTopics', () => {
  it('derives a lower-case slug and keeps a label with capitals as written', () => {
    expect(normalizeTopics(['United States', 'U.S. Politics'])).toEqual([
      { slug: 'united-states', label: 'United States' },
      { slug: 'us-politics', label: 'U.S. Politics' },
    ]);
  });

  it('title-cases labels written in slug style', () => {
    expect(normalizeTopics(['drug-cartels', 'border_security', 'mexico'])).toEqual([
      { slug: 'drug-cartels', label: 'Drug Cartels' },
      { slug: 'border_security', label: 'Border Security' },
      { slug: 'mexico', label: 'Mexico' },
    ]);
  });

  it('trims, collapses spaces and drops duplicates and empty entries, keeping the first', () => {
    expect(normalizeTopics(['  Security ', 'security', 'SECURITY', '', '   ', 'Fuel   theft'])).toEqual([
      { slug: 'security', label: 'Security' },
      { slug: 'fuel-theft', label: 'Fuel theft' },
    ]);
  });

  it('keeps the label as written, accents and all, and spells its address in plain ASCII', () => {
    expect(normalizeTopics(['Nuevo León'])).toEqual([{ slug: 'nuevo-leon', label: 'Nuevo León' }]);
  });
});
