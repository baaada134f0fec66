import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/lib/entities/extract.ts';
import { lookupPlace } from '../../../src/lib/entities/gazetteer.ts';
import { FIXTURES } from '../../support/markdown.ts';

const names = (list: Array<{ name: string }>) => list.map((entity) => entity.name).sort();
const find = (text: string, title = '') => extractEntities({ title, text });

describe('places from the gazetteer', () => {
  it('knows countries, regions and cities with their population, by any accent', () => {
    expect(lookupPlace('Toluca')).toMatchObject({ kind: 'city' });
    expect(lookupPlace('Toluca')?.population).toBeGreaterThan(100_000);
    expect(lookupPlace('Zacatecas')?.kind).toBe('region');
    expect(lookupPlace('San Luis Potosi')).toBeDefined();
    expect(lookupPlace('Russian Federation')).toMatchObject({ kind: 'country', canonical: 'Russia' });
  });

  it('finds cities and regions a paragraph names, and a country by its usual name', () => {
    const { places } = find('Officials in Guadalajara and Toluca met leaders from Zacatecas. Trade with the Russian Federation fell.');
    expect(names(places)).toEqual(['Guadalajara', 'Russia', 'Toluca', 'Zacatecas']);
  });

  it('takes a city named by an everyday word only where the text says it is a place', () => {
    expect(find('Mobile phones are popular. Reading is fun, said the mayor. The Nice weather held.').places).toEqual([]);
    expect(names(find('The plant in Reading closed, and workers moved to Mobile.').places)).toEqual(['Mobile', 'Reading']);
  });

  it('keeps "Ciudad" and "City" with the city they name', () => {
    expect(names(find('Inspectors in Ciudad Obregón met officials from Quezon City.').places)).toEqual(['Ciudad Obregón', 'Quezon City']);
  });

  it('gives nothing from a Title Case headline or heading but the places in it', () => {
    const result = find(
      'Officials in Guadalajara said the plan would be reviewed.\nWhy The Water Rates Matter\nRegulators met on Monday.',
      'Guadalajara Reviews Plan on Water Rates',
    );
    expect(names(result.places)).toEqual(['Guadalajara']);
    expect([...result.people, ...result.organizations]).toEqual([]);
  });

  it('takes a lone surname for the person named in full, not for a town of that name', () => {
    const { people, places } = find('Ada Lovelace spoke first. Later, Lovelace and the minister left for Guadalajara.');
    expect(names(people)).toEqual(['Ada Lovelace']);
    expect(names(places)).toEqual(['Guadalajara']);
  });
});

describe('organisations', () => {
  it('never lists a bare suffix, and stops a name before a title', () => {
    expect(find('The University said the Inc filing was late. A Department spokesman declined.').organizations).toEqual([]);
    expect(names(find('He met University of Chicago Chancellor Lawrence A. Kimpton on Monday.').organizations)).toEqual(['University of Chicago']);
  });

  it('merges an acronym defined beside a name, or made of its initials, into that name', () => {
    const { organizations } = find(
      'The Northport Harbour Commission (NHC) met on Monday. NHC officials said the Open Cargo Foundation agreed. OCF staff left.',
    );
    expect(names(organizations)).toEqual(['Northport Harbour Commission', 'Open Cargo Foundation']);
    for (const organization of organizations) expect(organization.mentions).toBeGreaterThanOrEqual(2);
  });

  it('takes an acronym defined by lower-case words ending in an organisation word, and not one defined by other words', () => {
    expect(
      names(find('The regional water authority (RWA) said that a subject matter expert (SME) agreed. RWA staff and the SME’s team met.').organizations),
    ).toEqual(['RWA']);
  });

  it('lists one body once when the briefing names it two ways', () => {
    expect(names(find('The Department of Transportation said so. Later the Transportation Department agreed.').organizations)).toEqual([
      'Department of Transportation',
    ]);
  });

  it('takes a name introduced as a firm or company, and a body named after its country', () => {
    expect(names(find('The audit was done by the security firm Quarry of Owls. Officials at Public Transit Canada agreed.').organizations)).toEqual([
      'Public Transit Canada',
      'Quarry of Owls',
    ]);
  });

  it('lists a body once whether its name is spelt the British or the American way', () => {
    const { organizations } = find('The Harbour Freight Organisation met on Monday. Later the Harbour Freight Organization agreed.');
    expect(names(organizations)).toEqual(['Harbour Freight Organisation']);
    expect(organizations[0]?.mentions).toBe(2);
  });

  it('takes one-word names their context marks as bodies: examples of bodies, deals, legal forms, apposition', () => {
    expect(names(find('Regulators fined lenders such as Quellmark and Harbourline on Monday.').organizations)).toEqual(['Harbourline', 'Quellmark']);
    expect(names(find('The app was acquired by Veltrano in May.').organizations)).toEqual(['Veltrano']);
    expect(names(find('Shares of Brindlecot, Inc. rose on Monday.').organizations)).toEqual(['Brindlecot']);
    expect(names(find('The audit was done by an independent testing organization, Ostrava Labs, which checked the code.').organizations)).toEqual([
      'Ostrava Labs',
    ]);
  });

  it('takes a name joined to what only a body has or does', () => {
    expect(names(find('Grell’s shareholders voted against the plan.').organizations)).toEqual(['Grell']);
    expect(names(find('The flaw was found by the Quellmark Malware Research Team last week.').organizations)).toEqual(['Quellmark']);
    expect(names(find('On Monday, Harbourline announced new routes.').organizations)).toEqual(['Harbourline']);
    expect(names(find('In March the HFA declared an emergency.').organizations)).toEqual(['HFA']);
  });

  it('leaves people, places and a sentence’s first everyday word to their own kinds', () => {
    const result = find(
      'Ada Quill bought the mill. The mill was acquired by Ada Quill in May, and Quill announced new hours. Officials announced a plan. Companies such as those in Guadalajara grew.',
    );
    expect(names(result.people)).toEqual(['Ada Quill']);
    expect(result.organizations).toEqual([]);
    expect(find('The mill on Monday announced new hours, and the Board announced a vote. Lenders such as Senator Quill’s bank grew.').organizations).toEqual(
      [],
    );
  });

  it('keeps "Women’s", "People’s" inside a body’s name, and a possessive in "s’" out of it', () => {
    expect(names(find('She left the Women’s Institute for the People’s Bank of Quellmark.').organizations)).toEqual([
      'People’s Bank of Quellmark',
      'Women’s Institute',
    ]);
    const { people, places } = find('In Congress, Arkansas’ Dora Quellmark spoke first.');
    expect(names(people)).toEqual(['Dora Quellmark']);
    expect(names(places)).toEqual(['Arkansas']);
  });

  it('takes a name spelt with "Let’s" whole, never as a possessive', () => {
    expect(names(find('The charity Let’s Garden will follow the new rules.').organizations)).toEqual(['Let’s Garden']);
  });

  it('takes the names listed after a colon as organisations when one of them is and none is a place or a person', () => {
    const text = 'Donate to our partners on the ground:\nHarbour Freight Authority\nHarbour Relief / Secours du Port\nFriends of the Fens';
    expect(names(find(text).organizations)).toEqual(['Friends of the Fens', 'Harbour Freight Authority', 'Harbour Relief']);
    expect(find('Where we worked:\nHarbour Freight Authority\nGuadalajara\nHarbour Relief').organizations).toEqual([]);
    expect(find('Speakers:\nAda Quill\nHarbour Relief\nFriends of the Fens').organizations).toEqual([]);
  });
});

describe('people', () => {
  it('takes no fragments, titles or initials alone, and no street or weekday for a surname', () => {
    const { people } = find(
      'It was Rev J. Smith and Hollywood Louis B Mayer. Wright spoke. They met on Venable St and at Sherman Plaza. Officials arrived in Trenton Monday.',
    );
    expect(names(people)).toEqual(['Louis B Mayer']);
  });

  it('takes two unknown capitalised words as a name, but not a place’s adjective', () => {
    expect(names(find('The report came from Noemi Quarshie. Staff included Sierra Leonean doctors.').people)).toEqual(['Noemi Quarshie']);
  });
});

describe('the newsroom fixture', () => {
  const folder = join(FIXTURES, 'sites/newsroom/briefings');
  const briefings = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => {
      const { content, frontmatter } = parseFrontmatter(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
      return { file: entry.name, result: extractEntities({ title: String(frontmatter.title), text: content.replace(/^#+ /gm, '') }) };
    });

  it('lists the border cities its briefings are about', () => {
    const places = new Set(briefings.flatMap(({ result }) => result.places.map((place) => place.name)));
    for (const city of ['Laredo', 'Monterrey', 'Tucson', 'Nogales', 'Ciudad Juárez']) expect(places).toContain(city);
  });

  it('takes no fragment of a Title Case headline for a name: each briefing lists the places it names and nothing else', () => {
    // Each briefing is about one place; one also mentions its neighbour.
    const extra: Record<string, number> = { 'oaxaca-boosts-health-ministry.md': 1 };
    for (const { file, result } of briefings) {
      expect({ file, count: result.places.length, others: [...result.people, ...result.organizations] }).toEqual({
        file,
        count: 1 + (extra[file] ?? 0),
        others: [],
      });
      for (const place of result.places) {
        expect(place.name.split(' ').every((word) => !/^(?:Expands|Weighs|Launches|Reviews|Delays|Ends|Faces|Boosts|Cuts|Tightens|Oil|Plan)$/.test(word))).toBe(
          true,
        );
      }
    }
  });
});
