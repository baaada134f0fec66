import { describe, expect, it } from 'vitest';
import { monthLabel } from '../../../src/lib/intl.ts';
import { type FilterableBriefing, searchFilterChoices } from '../../../src/lib/search/filter-choices.ts';
import { site } from '../../../src/site.config.ts';

const briefing = (day: string, topics: string[], people: string[] = [], places: string[] = []): FilterableBriefing => ({
  day,
  topics: topics.map((label) => ({ label })),
  entities: { people: people.map((name) => ({ name })), places: places.map((name) => ({ name })), organizations: [] },
});

describe('searchFilterChoices', () => {
  const briefings = [
    briefing('2025-11-02', ['Security', 'Mexico'], ['Claudia Sheinbaum', 'Marco Rubio'], ['Chiapas']),
    briefing('2025-10-14', ['Mexico'], ['Claudia Sheinbaum'], ['Chiapas', 'Texas']),
    briefing('2024-10-01', ['Energy'], ['Claudia Sheinbaum', 'Ana Ruiz', 'Ana Ruiz']),
  ];

  it('counts the briefings of each topic, year and month: topics by name, dates newest first', () => {
    const choices = searchFilterChoices(briefings, { entityChoices: 10, lang: 'en' });
    expect(choices.topic).toEqual([
      { value: 'Energy', label: 'Energy', count: 1 },
      { value: 'Mexico', label: 'Mexico', count: 2 },
      { value: 'Security', label: 'Security', count: 1 },
    ]);
    expect(choices.year).toEqual([
      { value: '2025', label: '2025', count: 2 },
      { value: '2024', label: '2024', count: 1 },
    ]);
    expect(choices.month.map((choice) => [choice.label, choice.count])).toEqual([
      ['November 2025', 1],
      ['October 2025', 1],
      ['October 2024', 1],
    ]);
  });

  it('offers only the most mentioned entities of each kind, counting a briefing once, listed by name', () => {
    const choices = searchFilterChoices(briefings, { entityChoices: 2, lang: 'en' });
    // Sheinbaum is in 3 briefings; Ruiz (named twice in one) and Rubio in 1 each: Ruiz wins the tie by name.
    expect(choices.person).toEqual([
      { value: 'Ana Ruiz', label: 'Ana Ruiz', count: 1 },
      { value: 'Claudia Sheinbaum', label: 'Claudia Sheinbaum', count: 3 },
    ]);
    expect(choices.place.map((choice) => choice.value)).toEqual(['Chiapas', 'Texas']);
    expect(choices.organization).toEqual([]);
    expect(searchFilterChoices(briefings, { entityChoices: 0, lang: 'en' }).person).toEqual([]);
  });

  it('at the site’s setting, a site with 1,301 people offers only the most mentioned few', () => {
    // The first 30 are in all 40 briefings; the others in 1 to 40, by their number.
    const people = Array.from({ length: 1301 }, (_, i) => `Person ${String(i).padStart(4, '0')}`);
    const many = Array.from({ length: 40 }, (_, b) =>
      briefing(
        '2025-11-02',
        [],
        people.filter((_, i) => i % 40 >= b || i < 30),
      ),
    );
    const choices = searchFilterChoices(many, { entityChoices: site.searchEntityChoices, lang: 'en' });
    expect(site.searchEntityChoices).toBeLessThanOrEqual(50);
    expect(choices.person).toHaveLength(site.searchEntityChoices);
    const offered = new Set(choices.person.map((choice) => choice.value));
    const minimum = Math.min(...choices.person.map((choice) => choice.count));
    // No one left out is mentioned in more briefings than someone offered.
    const leftOut = people.filter((name) => !offered.has(name)).map((name) => many.filter((b) => b.entities.people.some((p) => p.name === name)).length);
    expect(Math.max(...leftOut)).toBeLessThanOrEqual(minimum);
    expect(offered.has('Person 0000')).toBe(true);
  });

  it('offers nothing for a site with no briefings', () => {
    expect(searchFilterChoices([], { entityChoices: 5, lang: 'en' })).toEqual({ topic: [], year: [], month: [], person: [], place: [], organization: [] });
  });
});

describe('monthLabel', () => {
  it('names the month in the site language and leaves anything else as it is', () => {
    expect(monthLabel('2025-11', 'en')).toBe('November 2025');
    expect(monthLabel('2025-11', 'es')).toBe('noviembre de 2025');
    expect(monthLabel('soon', 'en')).toBe('soon');
    expect(monthLabel('2025-11-30', 'en', { year: false })).toBe('November');
  });
});
