/**
 * What the words around a name say about it being an organisation, for names that carry no
 * organisation word of their own ("Quellmark", "Harbourline"): how English writes about a
 * company, a charity or an agency rather than about a person, a place or a product.
 */

/** British spellings of words in bodies' names, and their American form: "Organisation" and "Organization" are one body. */
const AMERICAN_SPELLINGS: Array<[RegExp, string]> = [
  [/isation(s?)\b/g, 'ization$1'],
  [/\bcentre(s?)\b/g, 'center$1'],
  [/\btheatre(s?)\b/g, 'theater$1'],
  [/\bdefence\b/g, 'defense'],
  [/\boffence\b/g, 'offense'],
  [/\blabour\b/g, 'labor'],
  [/\bprogramme(s?)\b/g, 'program$1'],
  [/\bharbour(s?)\b/g, 'harbor$1'],
  [/\bneighbour(s|hood|hoods)?\b/g, 'neighbor$1'],
  [/\bhonour(s?)\b/g, 'honor$1'],
  [/\bcolour(s?)\b/g, 'color$1'],
];

/**
 * A body's name as compared with other spellings of it: lower case, American spelling, straight
 * apostrophes, single spaces. "Harbour Freight Organisation" and "Harbor Freight Organization"
 * give one key.
 */
export function bodyNameKey(name: string): string {
  let key = name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  for (const [british, american] of AMERICAN_SPELLINGS) key = key.replace(british, american);
  return key;
}
