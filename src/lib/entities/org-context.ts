/**
 * What the words around a name say about it being an organisation, for names that carry no
 * organisation word of their own ("Quellmark", "Harbourline"): how English writes about a
 * company, a charity or an agency rather than about a person, a place or a product.
 */

/** Common nouns for bodies, singular and plural, in either spelling. */
const BODY_NOUN =
  '(?:firms?|compan(?:y|ies)|charit(?:y|ies)|non-?profits?|organi[sz]ations?|agenc(?:y|ies)|start-?ups?|consortium|consortia|regulators?|watchdogs?|banks?|insurers?|lenders?|airlines?|broadcasters?|newspapers?|unions?|authorit(?:y|ies)|vendors?|contractors?|suppliers?|manufacturers?|makers?|automakers?|carmakers?|chipmakers?|retailers?|publishers?|providers?|institutions?|foundations?|universit(?:y|ies)|NGOs?|non-governmental organi[sz]ations?|subsidiar(?:y|ies))';
/** Only names listed before this one, or nothing: "Quellmark, Harbourline and " (case matters, so no `i` flag). */
const EARLIER_NAMES = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*(?:\s+(?:of|and|the|for|&)?\s*[\p{Lu}\p{N}][\p{L}\p{N}’'.&-]*)*(?:,\s+|,?\s+and\s+|,?\s+or\s+))*$/u;

/** "companies such as ", "Certificate Authorities like ", "charities, including ". */
const EXAMPLES_OF_BODIES = new RegExp(`\\b${BODY_NOUN},?\\s+(?:such\\s+as|like|including)\\s+`, 'giu');
/** "acquired by ", "a subsidiary of ", "a stake in ": what is done only to or by a body. */
const DEALS = /\b(?:(?:acquired|bought|purchased|taken\s+over)\s+by|(?:subsidiary|division|spin-?off)\s+of|(?:stake|shares)\s+in|merger\s+(?:of|with)|merged\s+with)\s+/giu;
/** "an accredited assessment organization, " before a name set off by commas: the name is that body. */
const APPOSITION = new RegExp(`\\b(?:a|an|the|its|their|our|one)\\s+(?:[\\p{L}-]+\\s+){0,4}${BODY_NOUN},\\s*$`, 'iu');
/** A company's legal form after its name: "Quellmark, Inc.", "Quellmark Ltd". */
const LEGAL_FORM = /^\s*,?\s*(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|Corp|Pty|S\.A|N\.V|B\.V)\b/u;
/** What a body does that a person or a product does not: "Quellmark announced", "the HFA declared". */
const BODY_ACTS = /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|just\s+|recently\s+|since\s+|already\s+)?(?:announced|unveiled|declared|acquired|merged|filed\s+for\s+bankruptcy|laid\s+off|went\s+public)\b/iu;
/** What an acronym also does when it names a body: "the HFA said", "the HFA warned". */
const ACRONYM_ACTS = /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|just\s+|recently\s+|since\s+|already\s+)?(?:said|says|announced|unveiled|declared|acquired|merged|warned|reported|confirmed|issued|published|released|ruled|approved|recommended|urged|estimated|fined|banned)\b/iu;
/** What only a body has, after a possessive: "Quellmark’s headquarters", "Quellmark’s research team". */
const BODY_BELONGINGS =
  /^\s+(?:(?:own|new|former|main|global|chief)\s+)?(?:headquarters|shareholders|stockholders|subsidiar(?:y|ies)|board\s+of\s+directors|workforce|chief\s+executive|CEO|CFO|CTO|COO|(?:(?:threat|security|vulnerability|malware)\s+)?(?:research|engineering|security|intelligence)\s+(?:team|teams|unit|lab|labs|division)|researchers|engineers|employees|parent\s+company|annual\s+report|quarterly\s+(?:results|earnings|report)|share\s+price|stock\s+price)\b/iu;
/** Words naming what a team inside a body works on: "Threat Research", "Intelligence". */
const TEAM_FIELDS = new Set(['Threat', 'Security', 'Vulnerability', 'Malware', 'Research', 'Intelligence', 'Investigations', 'Applied', 'Advanced']);
/** A team's field must say it researches or investigates: a "Security Team" may belong to a product. */
const RESEARCH_FIELDS = new Set(['Research', 'Intelligence', 'Investigations']);
const TEAM_WORDS = new Set(['Team', 'Unit', 'Lab', 'Labs']);
/** Lower-case research team after a name: "the Quellmark threat research team". */
const RESEARCH_TEAM_AFTER = /^\s+(?:(?:threat|security|vulnerability|malware|applied|advanced)\s+)*(?:research|intelligence|investigations)\s+(?:team|unit|lab|labs)\b/iu;

/** The text before a name says a body follows: "companies such as ", "acquired by ", "the firm, ". */
export function bodyBefore(prefix: string, after: string): boolean {
  return introducedBy(prefix, EXAMPLES_OF_BODIES) || introducedBy(prefix, DEALS) || (APPOSITION.test(prefix) && /^\s*[,)]/.test(after));
}

/** Whether the text ends with words matching `cue` followed by nothing but earlier names. */
function introducedBy(prefix: string, cue: RegExp): boolean {
  for (const match of prefix.matchAll(cue)) if (EARLIER_NAMES.test(prefix.slice((match.index ?? 0) + match[0].length))) return true;
  return false;
}

/** The text after a name says it is a body: a legal form ("Quellmark, Inc."), or a research team of its own. */
export function bodyAfter(after: string): boolean {
  return LEGAL_FORM.test(after) || RESEARCH_TEAM_AFTER.test(after);
}

/** The text after a name says a body acts: "Quellmark announced", "Quellmark has acquired". */
export function actsAsBody(after: string): boolean {
  return BODY_ACTS.test(after);
}

/** The text after an acronym says a body acts: "the HFA said", "the HFA declared". */
export function acronymActsAsBody(after: string): boolean {
  return ACRONYM_ACTS.test(after);
}

/** The text after a possessive name is something only bodies have: "Quellmark’s shareholders". */
export function ownedByBody(afterPossessive: string): boolean {
  return BODY_BELONGINGS.test(afterPossessive);
}

/**
 * How many leading words name the body a research team belongs to, or 0: "Quellmark Threat
 * Research Team" -> 1. The words between the body and "Team" must all be a team's field, one of
 * them research, intelligence or investigations.
 */
export function teamOwnerLength(words: string[]): number {
  if (!TEAM_WORDS.has(words.at(-1) ?? '')) return 0;
  let start = words.length - 1;
  while (start > 0 && TEAM_FIELDS.has(words[start - 1] ?? '')) start -= 1;
  const fields = words.slice(start, -1);
  return start > 0 && fields.some((word) => RESEARCH_FIELDS.has(word)) ? start : 0;
}

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
