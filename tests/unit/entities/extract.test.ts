import { describe, expect, it } from 'vitest';
import { BUILT_IN_ALIASES, EntityAliasesError, parseAliases } from '../../../src/lib/entities/aliases.ts';
import { extractEntities } from '../../../src/lib/entities/extract.ts';
import { bodyOf } from '../../support/markdown.ts';
import { readSeed, SEED_BRIEFING_FILE } from '../../support/seed.ts';

const names = (list: Array<{ name: string }>) => list.map((entity) => entity.name).sort();
const find = (text: string, aliases = BUILT_IN_ALIASES, corrections = {}) => extractEntities({ title: '', text }, aliases, corrections);
const siteAliases = parseAliases('people:\n  Donald Trump: [Trump, President Trump]\n', 'content/entities.yaml');

describe('extractEntities on the seed briefing', () => {
  const seed = readSeed();
  const result = extractEntities({ title: seed.title, text: bodyOf(SEED_BRIEFING_FILE).replace(/^#+ /gm, '') }, siteAliases);

  it('finds exactly the four people, with full names and no false ones', () => {
    expect(names(result.people)).toEqual(['Claudia Sheinbaum', 'Donald Trump', 'Marco Rubio', 'Pete Hegseth']);
  });

  it('finds the places, merging U.S., US and United States', () => {
    expect(names(result.places)).toEqual(['Mexico', 'Mexico City', 'United States', 'Venezuela']);
    expect(result.places.find((place) => place.name === 'United States')?.mentions).toBeGreaterThan(10);
  });

  it('takes no titles or phrases for organisations', () => {
    expect(result.organizations).toEqual([]);
  });

  it('counts mentions by any name and orders by them', () => {
    const sheinbaum = result.people.find((person) => person.name === 'Claudia Sheinbaum');
    expect(sheinbaum).toMatchObject({ slug: 'claudia-sheinbaum' });
    expect(sheinbaum?.mentions).toBeGreaterThanOrEqual(6);
    expect(result.people[0]?.name).toBe('Claudia Sheinbaum');
  });

  it('is deterministic', () => {
    expect(extractEntities({ title: seed.title, text: bodyOf(SEED_BRIEFING_FILE).replace(/^#+ /gm, '') }, siteAliases)).toEqual(result);
  });
});

describe('extractEntities rules', () => {
  it('merges a surname and a possessive into the full name', () => {
    const { people } = find('Claudia Sheinbaum spoke on Monday. Sheinbaum’s office said later that Sheinbaum would travel.');
    expect(people).toEqual([{ name: 'Claudia Sheinbaum', slug: 'claudia-sheinbaum', mentions: 3 }]);
  });

  it('strips titles from names', () => {
    const { people } = find('Defense Secretary Pete Hegseth confirmed the operation, and President Joe Biden did not comment.');
    expect(names(people)).toEqual(['Joe Biden', 'Pete Hegseth']);
  });

  it('does not take a capitalised word at the start of a sentence for a name', () => {
    const { people, places, organizations } = find('Officials met on Monday. Meanwhile, prices rose. Despite the rain, Crowds gathered outside.');
    expect([...people, ...places, ...organizations]).toEqual([]);
  });

  it('keeps accents in names and places', () => {
    const { people, places } = find('José Pérez, the governor, visited Nuevo León on Tuesday with Ana García.');
    expect(names(people)).toEqual(['Ana García', 'José Pérez']);
    expect(names(places)).toEqual(['Nuevo León']);
  });

  it('takes acronyms and named bodies as organisations, and U.S. as a place', () => {
    const { organizations, places } = find(
      'The Department of Homeland Security and NATO met U.S. officials. The National Electoral Institute counted votes. The U.S. military did not comment.',
    );
    expect(names(organizations)).toEqual(['Department of Homeland Security', 'NATO', 'National Electoral Institute']);
    expect(names(places)).toEqual(['United States']);
  });

  it('applies the site’s aliases even where the tagger sees no name', () => {
    const { people } = find('The Trump administration has pressed for cooperation.', siteAliases);
    expect(people).toEqual([{ name: 'Donald Trump', slug: 'donald-trump', mentions: 1 }]);
  });

  it('adds what the editor lists and removes what the editor excludes', () => {
    const text = 'Claudia Sheinbaum met officials in Mexico City.';
    const { people, places, organizations } = find(text, BUILT_IN_ALIASES, {
      add: { organizations: ['Petróleos Mexicanos'] },
      exclude: ['Mexico City'],
    });
    expect(names(people)).toEqual(['Claudia Sheinbaum']);
    expect(places).toEqual([]);
    expect(organizations).toEqual([{ name: 'Petróleos Mexicanos', slug: 'petroleos-mexicanos', mentions: 1 }]);
  });
});

describe('parseAliases', () => {
  it('adds a site’s canonical names to the built-in ones', () => {
    const aliases = parseAliases('people:\n  Donald Trump: [Trump]\norganizations:\n  Petróleos Mexicanos: [Pemex, PEMEX]\n', 'content/entities.yaml');
    expect(aliases.people.get('Donald Trump')).toEqual(['Trump']);
    expect(aliases.organizations.get('Petróleos Mexicanos')).toEqual(['Pemex', 'PEMEX']);
    expect(aliases.places.get('United States')).toContain('U.S.');
  });

  it('names the file, the line and the entry at fault', () => {
    expect(() => parseAliases('peeple:\n  X: [Y]\n', 'content/entities.yaml')).toThrow(/content\/entities\.yaml:1: unknown section `peeple`/);
    expect(() => parseAliases('people:\n  Donald Trump: Trump\n', 'content/entities.yaml')).toThrow(EntityAliasesError);
    expect(() => parseAliases('people:\n  Donald Trump: Trump\n', 'content/entities.yaml')).toThrow(/:2: `people\.Donald Trump` must be a list/);
    expect(() => parseAliases('people: [unclosed\n', 'content/entities.yaml')).toThrow(/content\/entities\.yaml:\d+: is not valid YAML/);
  });
});
