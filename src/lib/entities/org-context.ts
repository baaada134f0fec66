/**
 * What the words around a name say about it being an organisation, for names that carry no
 * organisation word of their own ("Quellmark", "Harbourline"): how English writes about a
 * company, a charity or an agency rather than about a person, a place or a product.
 */

/** Common nouns for bodies, singular and plural, in either spelling. */
const BODY_NOUN =
  '(?:firms?|compan(?:y|ies)|charit(?:y|ies)|non-?profits?|organi[sz]ations?|agenc(?:y|ies)|start-?ups?|consortium|consortia|regulators?|watchdogs?|banks?|insurers?|lenders?|airlines?|broadcasters?|newspapers?|unions?|authorit(?:y|ies)|vendors?|contractors?|suppliers?|manufacturers?|makers?|automakers?|carmakers?|chipmakers?|retailers?|publishers?|providers?|institutions?|foundations?|universit(?:y|ies)|NGOs?|subsidiar(?:y|ies))';
/** A noun for a body, as one word (a trailing comma aside). */
const BODY_NOUN_WORD = new RegExp(`^${BODY_NOUN},?$`, 'iu');
/** Deals done only to or by a body, by the word that ends them and the word before it: "acquired by ", "a stake in ". */
const DEALS: Record<string, Set<string>> = {
  by: new Set(['acquired', 'bought', 'purchased']),
  of: new Set(['subsidiary', 'division', 'spin-off', 'spinoff', 'merger']),
  in: new Set(['stake', 'shares']),
  with: new Set(['merged', 'merger']),
};
/** Any of the cues, for a quick look before reading the words: most names have none before them. */
const CUE_TEXT = /such as|like|including|by|subsidiary|division|spin-?off|merger|merged|stake|shares/i;
/** Words that open the noun phrase of an apposition: "an independent testing organization, ". */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'one']);
/** Lower-case words inside a list of names: "Quellmark, Bank of Harbour and ". */
const LIST_WORDS = new Set(['and', 'or', 'of', 'the', 'for', '&']);
const NAME_WORD = /^[\p{Lu}\p{N}]/u;

/** A company's legal form after its name: "Quellmark, Inc.", "Quellmark Ltd". */
const LEGAL_FORM = /^\s*,?\s*(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|Corp|Pty|S\.A|N\.V|B\.V)\b/u;
/** What a body does that a person or a product does not: "Quellmark announced", "the HFA declared". */
const BODY_ACTS =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|just\s+|recently\s+|since\s+|already\s+)?(?:announced|unveiled|declared|acquired|merged|filed\s+for\s+bankruptcy|laid\s+off|went\s+public)\b/iu;
/** What an acronym also does when it names a body: "the HFA said", "the HFA warned". */
const ACRONYM_ACTS =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|just\s+|recently\s+|since\s+|already\s+)?(?:said|says|announced|unveiled|declared|acquired|merged|warned|reported|confirmed|issued|published|released|ruled|approved|recommended|urged|estimated|fined|banned)\b/iu;
/** What only a body has, after a possessive: "Quellmark’s headquarters", "Quellmark’s research team". */
const BODY_BELONGINGS =
  /^\s+(?:(?:own|new|former|main|global|chief)\s+)?(?:headquarters|shareholders|stockholders|subsidiar(?:y|ies)|board\s+of\s+directors|workforce|chief\s+executive|CEO|CFO|CTO|COO|(?:(?:threat|security|vulnerability|malware)\s+)?(?:research|engineering|security|intelligence)\s+(?:team|teams|unit|lab|labs|division)|researchers|engineers|employees|parent\s+company|annual\s+report|quarterly\s+(?:results|earnings|report)|share\s+price|stock\s+price)\b/iu;
/** Words naming what a team inside a body works on: "Malware Research", "Intelligence". */
const TEAM_FIELDS = new Set(['Threat', 'Security', 'Vulnerability', 'Malware', 'Research', 'Intelligence', 'Investigations', 'Applied', 'Advanced']);
/** A team's field must say it researches or investigates: a "Security Team" may belong to a product. */
const RESEARCH_FIELDS = new Set(['Research', 'Intelligence', 'Investigations']);
const TEAM_WORDS = new Set(['Team', 'Unit', 'Lab', 'Labs']);
/** Lower-case research team after a name: "the Quellmark malware research team". */
const RESEARCH_TEAM_AFTER =
  /^\s+(?:(?:threat|security|vulnerability|malware|applied|advanced)\s+)*(?:research|intelligence|investigations)\s+(?:team|unit|lab|labs)\b/iu;

/**
 * The text before a name says a body follows: examples of bodies ("companies such as ",
 * "regional lenders like ", "charities, including Quellmark and "), a deal ("acquired by ",
 * "a stake in "), or an apposition ("an independent testing organization, " with a comma after the
 * name too). Read word by word from the end, so it costs next to nothing per name.
 */
export function bodyBefore(prefix: string, after: string): boolean {
  if (!(CUE_TEXT.test(prefix) || (/^\s*[,)]/.test(after) && /,\s*$/.test(prefix)))) return false;
  const words = prefix.trimEnd().split(/\s+/);
  const last = words.length - 1;
  if (last < 0) return false;
  if ((words[last] ?? '').endsWith(',') && /^\s*[,)]/.test(after) && BODY_NOUN_WORD.test(words[last] ?? '')) {
    // "an independent testing organization, Quellmark,": a determiner opens the noun phrase.
    for (let at = last - 1; at >= Math.max(0, last - 5); at -= 1) if (DETERMINERS.has(words[at]?.toLowerCase() ?? '')) return true;
  }
  // Walk back over the names listed before this one: "such as Quellmark, Harbourline and ".
  // Just before this name only "and" or "or" joins it to them; "of" there is the cue ("subsidiary of ").
  let at = last;
  const listed = (word: string) => NAME_WORD.test(word) || (at === last ? word === 'and' || word === 'or' : LIST_WORDS.has(word.replace(/,$/, '')));
  while (at >= 0 && listed(words[at] ?? '')) at -= 1;
  const cue = words[at]?.toLowerCase() ?? '';
  const previous = words[at - 1]?.toLowerCase() ?? '';
  if (cue === 'as') return previous === 'such' && BODY_NOUN_WORD.test(words[at - 2] ?? '');
  if (cue === 'like' || cue === 'including') return BODY_NOUN_WORD.test(previous);
  if (cue === 'by' && previous === 'over') return words[at - 2]?.toLowerCase() === 'taken';
  return DEALS[cue]?.has(previous) ?? false;
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
 * How many leading words name the body a research team belongs to, or 0: "Quellmark Malware
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
