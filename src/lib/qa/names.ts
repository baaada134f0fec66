import { matchesIn, parseParagraphs } from '../nlp.ts';

const TITLES = /^(?:president|secretary|minister|prime|defense|defence|foreign|state|senator|sen\.|rep\.|gov\.|governor|mayor|gen\.|general|mr\.?|mrs\.?|ms\.?|dr\.?|judge|justice|chief|deputy|vice|ambassador|king|queen|pope|prince|princess|lord|lady|sir)$/i;

/**
 * The full names of the people an article mentions, keyed by surname: "Sheinbaum" ->
 * "Claudia Sheinbaum". Titles ("Defense Secretary") and possessives are dropped; a surname
 * shared by two different full names is left out rather than guessed.
 */
export function fullNamesBySurname(text: string): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  for (const person of matchesIn(parseParagraphs(text), (doc) => doc.people())) {
    const words = person.terms
      .map((term) => term.text.replace(/[’']s$/u, '').replace(/[^\p{L}.'’-]/gu, ''))
      .filter((word) => word !== '' && !TITLES.test(word));
    if (words.length < 2) continue;
    const surname = words.at(-1) ?? '';
    if (!candidates.has(surname)) candidates.set(surname, new Set());
    candidates.get(surname)?.add(words.join(' '));
  }
  const names = new Map<string, string>();
  for (const [surname, full] of candidates) if (full.size === 1) names.set(surname, [...full][0] ?? surname);
  return names;
}
