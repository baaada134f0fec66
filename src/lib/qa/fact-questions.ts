import { invertClause, tagClause } from './clause.ts';
import { baseForm, conjugations } from './verb-forms.ts';
import { isMarkedName } from './recase.ts';
import {
  groundedSubject,
  isName,
  LEANING_WORD,
  lowerOpening,
  namedSubject,
  NOT_IN_SUBJECT,
  type SentenceContext,
  WORD,
  withoutStop,
} from './sentence-parts.ts';

/** A question about one fact a sentence states, with the rule that made it. */
export interface FactQuestion {
  question: string;
  kind: 'when' | 'how-many' | 'enables' | 'meaning' | 'agent' | 'purpose' | 'role' | 'definition' | 'cause' | 'share' | 'where' | 'fate' | 'workings';
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '(?:19|20)\\d\\d';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const PART_OF = '(?:(?:early|mid|late|the (?:end|start|beginning|middle|first half|second half|first quarter|last quarter) of)\\s+|mid-)';
/** A date a reader could ask "When?" about: "May 13, 2026", "13 May 2026", "April 2027", "early 2026", "Q3 2025". */
const DATE = `${PART_OF}?(?:${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?|${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?|${MONTH}(?:\\s+${YEAR})?|(?:Q[1-4]|H[12])\\s+${YEAR}|(?:spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}|${YEAR})`;
// "as of July" says a state holds at a time ("is in compliance as of…"), not when something happens.
const DATE_PREPOSITION = '(?:on|in|by|from|starting(?:\\s+(?:on|in))?|beginning(?:\\s+(?:on|in))?|as early as|no later than)';
const SECOND_DATE = new RegExp(`\\b(?:${MONTH}|${YEAR}\\b)`, 'u');
const DATE_AT_END = new RegExp(`^([^,;:]+?)\\s+${DATE_PREPOSITION}\\s+${DATE}$`, 'u');
const DATE_AT_START = new RegExp(`^(?:On|In|By|Starting(?:\\s+(?:on|in))?|Beginning(?:\\s+(?:on|in))?|From)\\s+${DATE},\\s+([^,;:]+)$`, 'u');

// The author's forecast, which a reader asks as "When is X expected to…?".
const EXPECTED = new RegExp(`^(?:We|I)\\s+(?:now\\s+)?expect\\s+((?:${WORD}\\s+){0,5}?${WORD})\\s+to\\s+(\\p{Ll}.*)$`, 'u');
const NUMBER_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens)';
// A 4-digit number from 1900 to 2099 is a year, not a count.
const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|(?!(?:19|20)\\d\\d\\b)\\d+(?:\\.\\d+)?|${NUMBER_WORD})(?:\\s+(?:thousand|million|billion|trillion))?`;
const MONEY = `(?:[$£€]\\s?\\d[\\d,.]*(?:\\s+(?:thousand|million|billion|trillion))?|\\d[\\d,.]*\\s+(?:thousand\\s+|million\\s+|billion\\s+)?(?:dollars|pounds|euros))`;
const ABOUT = '(?:(?:more than|over|nearly|almost|about|around|roughly|approximately|some|at least|up to|fewer than|less than|just over|just under)\\s+)?';
const AMOUNT_IN_CLAUSE = new RegExp(`\\s(${ABOUT}(?:(${MONEY})|${COUNT}))(?=\\s|$)`, 'iu');
const AMOUNT_SUBJECT = new RegExp(`^${ABOUT}${COUNT}\\s+(.+)$`, 'iu');
/** Words after a count that say what is counted: at most three, the last a plural noun. */
const COUNTED_MAX_WORDS = 3;

// "… was carried out by Quellmark Labs": a passive whose agent is a name (or "the" and a name).
const NAME_RUN = "(?:the\\s+)?\\p{Lu}[\\p{L}.&’'-]*(?:\\s+(?:of|for|and|the|on|\\p{Lu}[\\p{L}.&’'-]*))*?\\s*\\p{Lu}?[\\p{L}.&’'-]*";
// "… is maintained by volunteers": a plural of people or bodies, named by what they are.
const PEOPLE = '(?:\\p{Ll}+\\s+)?\\p{Ll}+[^s\\s]s';
const PASSIVE_BY_NAME = new RegExp(
  `^((?:${WORD}\\s+){0,7}?${WORD})\\s+(was|were|is|are|has been|have been)\\s+(\\p{Ll}+(?:ed|en|wn|ght|lt|nt|id|ld|de|ne|un|ng|ck|ot|ut))((?:\\s+(?!by\\b)${WORD}){0,6})\\s+by\\s+(${NAME_RUN}|${PEOPLE})$`,
  'u',
);
// Words that start a second clause inside the rest of a passive: the question would ask two things.
const CLAUSE_WORD = /\b(?:and|or|but|which|who|that|when|while|after|before|because|if)\b/i;
const DESIGNED_TO = new RegExp(
  `^((?:${WORD}\\s+){0,7}?${WORD})\\s+(is|are|was|were)\\s+(?:specifically\\s+|primarily\\s+|mainly\\s+|originally\\s+)?(designed|intended|meant|built|created|developed)\\s+to\\s+\\p{Ll}`,
  'u',
);
const ENABLING = new RegExp(
  `^((?:${WORD}\\s+){0,6}?${WORD})\\s+(allows?|allowed|enables?|enabled|permits?|permitted|lets|let|helps?|helped)\\s+((?:${WORD}\\s+){0,3}?${WORD})\\s+(to\\s+)?(\\p{Ll}+)\\b`,
  'u',
);
const MEANING = new RegExp(`^((?:${WORD}\\s+){0,3}?${WORD})\\s+(means|refers to|stands for)\\s`, 'u');
const USED_FOR = new RegExp(
  `^((?:${WORD}\\s+){0,5}?${WORD})\\s+(is|are)\\s+(?:mainly\\s+|mostly\\s+|primarily\\s+|commonly\\s+|often\\s+|typically\\s+|usually\\s+)?used\\s+(?:to|for)\\s`,
  'u',
);

/**
 * A question about one fact the sentence states, which the sentence, copied verbatim, answers:
 * - a date: "The new berths will open in May 2026." -> "When will the new berths open?"
 * - an amount: "The port handled 1,200 ships in 2024." -> "How many ships did the port handle in 2024?"
 * - what something makes possible: "Harbour passes let visitors board any ferry." ->
 *   "What do harbour passes let visitors do?"
 * - what a term means or is used for: "A berth permit is used to…" -> "What is a berth permit used for?"
 * Undefined when no shape fits, or the subject or the rest of the question leans on earlier text.
 */
export function factQuestion(sentence: string, context: SentenceContext): FactQuestion | undefined {
  const statement = withoutStop(sentence);
  return (
    introduced(statement) ??
    component(statement, context) ??
    workings(statement, context) ??
    fate(statement, context) ??
    whereAvailable(statement, context) ??
    cause(statement, context) ??
    share(statement, context) ??
    meaning(statement, context) ??
    designedTo(statement, context) ??
    agent(statement, context) ??
    enabling(statement, context) ??
    when(statement, context) ??
    howMany(statement, context)
  );
}

// "The Harbour Safety Board (HSB) inspects every ferry…": a body named in full with its acronym, then what it does.
const INTRODUCED = new RegExp(`^(?:The\\s+)?((?:${WORD}\\s+){0,7}?${WORD})\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}&]{1,9})\\)\\s+(\\p{Ll}+)\\s+(\\S+)`, 'u');
// Verbs that say what a thing is like or holds, not what it does: "… uses a similar philosophy", "… has three parts".
const NOT_A_ROLE_VERB =
  /^(?:has|was|does|did|had|is|will|would|can|could|may|might|must|should|also|now|still|then|says|said|uses|contains|includes|follows|takes|needs|requires|looks|seems|remains|comes|goes|gets|becomes)$/;

/**
 * "The Harbour Safety Board (HSB) inspects every ferry." -> "What does HSB do?"; "… (HSB) is an
 * agency that…" -> "What is HSB?". The article introduces a body with its acronym and says what it
 * does in the present tense: the sentence is its description.
 */
function introduced(statement: string): FactQuestion | undefined {
  const match = INTRODUCED.exec(statement);
  if (!match) return undefined;
  const [, name = '', acronym = '', verb = '', next = ''] = match;
  // The acronym is the name's: its first letter is the first letter of the name.
  // The name is written as one ("Harbour Safety Board"), and the acronym is its: same first letter.
  if (NOT_IN_SUBJECT.test(name) || !/^\p{Lu}/u.test(name) || acronym.charAt(0) !== name.charAt(0)) return undefined;
  if (verb === 'is') return /^(?:a|an)$/.test(next) ? asked(`What is ${acronym}?`, 'definition') : undefined;
  if (NOT_A_ROLE_VERB.test(verb) || !/[^s]s$/.test(verb)) return undefined;
  // "… (HSB) shows this: …" leans on the sentence before and says two things.
  const object = statement
    .slice(statement.indexOf(')') + 1)
    .trim()
    .split(/\s+/)
    .slice(1, 4)
    .join(' ');
  if (/[:;]/.test(statement) || LEANING_WORD.test(object)) return undefined;
  // A verb where it stands: tagged as one, or a verb's "-s" form followed by what a verb acts on
  // ("facilitates the…"), where "members voted" has a noun and then the verb.
  const [tagged, after] = tagClause(statement.slice(statement.indexOf(')') + 1).trim());
  const isVerb = tagged?.tags.includes('PresentTense') || (baseForm(verb, 'PresentTense') !== undefined && after !== undefined && !after.tags.includes('Verb'));
  if (!isVerb) return undefined;
  return asked(`What does ${acronym} do?`, 'role');
}

// "The --verbose flag prints…", "The Retry-After header tells…": a named part of a system and what it does.
const COMPONENT =
  /^The\s+((?:[-\p{L}\p{N}][\p{L}\p{N}.’'/_:-]*\s+){1,2}?)(flag|option|setting|command|function|method|header|field|parameter|argument|package|API|endpoint|interface|module|library|plugin|extension|attribute|directive|property|variable|service|tool)\s+(\p{Ll}+)\s+(\S+)/u;

/** "The --verbose flag prints every request." -> "What does the --verbose flag do?" */
function component(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = COMPONENT.exec(statement);
  if (!match) return undefined;
  const [, name = '', kind = '', verb = ''] = match;
  const words = name.trim().split(/\s+/);
  // The part is named: code ("--verbose", "Retry-After", "net/http") or a name the article capitalises.
  if (!words.every((word) => /^-|[-/_.:]\p{L}|\p{Ll}\p{Lu}/u.test(word) || isName(word, context.casing))) return undefined;
  if (NOT_A_ROLE_VERB.test(verb) || !/[^s]s$/.test(verb) || baseForm(verb, 'PresentTense') === undefined) return undefined;
  const rest = statement.slice(match.index + match[0].length - (match[4] ?? '').length);
  const [after] = tagClause(rest);
  if (!after || after.tags.includes('Verb') || /[:;]/.test(statement) || LEANING_WORD.test(rest.split(/\s+/).slice(0, 3).join(' '))) return undefined;
  return asked(`What does the ${name.trim()} ${kind} do?`, 'role');
}

// "… is determined by the lock file": what sets a value or causes an event, in the present and the past.
const CAUSED = new RegExp(
  `^((?:${WORD}\\s+){0,9}?${WORD})\\s+(is|are|was|were)\\s+(?:\\p{Ll}+ly\\s+)?(determined|controlled|governed|defined|caused|driven|triggered|limited)\\s+by\\s+\\S`,
  'u',
);
const CAUSE_VERB: Record<string, [string, string]> = {
  determined: ['determines', 'determined'],
  controlled: ['controls', 'controlled'],
  governed: ['governs', 'governed'],
  defined: ['defines', 'defined'],
  caused: ['causes', 'caused'],
  driven: ['drives', 'drove'],
  triggered: ['triggers', 'triggered'],
  limited: ['limits', 'limited'],
};

/** "The berth fee is determined by the boat's length." -> "What determines the berth fee?"; "The delay was caused by…" -> "What caused the delay?" */
function cause(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = CAUSED.exec(statement);
  if (!match) return undefined;
  const [, subject = '', auxiliary = '', participle = ''] = match;
  const [present, past] = CAUSE_VERB[participle] ?? [];
  if (!present || !past || !namedSubject(subject) || !groundedSubject(subject, context)) return undefined;
  return asked(`What ${/^(?:was|were)$/.test(auxiliary) ? past : present} ${lowerOpening(subject, context.casing)}?`, 'cause');
}

// "The app works by matching…": how a named thing works.
const WORKS_BY = new RegExp(`^((?:${WORD}\\s+){0,5}?${WORD})\\s+(works?|operates?|functions?)\\s+by\\s+\\p{Ll}+ing\\b`, 'u');

/** "The OpenQuay app works by matching…" -> "How does the OpenQuay app work?" */
function workings(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = WORKS_BY.exec(statement);
  if (!match) return undefined;
  const [, subject = '', verb = ''] = match;
  if (!namedSubject(subject) || !groundedSubject(subject, context)) return undefined;
  const base = verb.replace(/s$/, '');
  return asked(`How ${verb.endsWith('s') ? 'does' : 'do'} ${lowerOpening(subject, context.casing)} ${base}?`, 'workings');
}

// What an announcement says will become of something: "X will be retired…", "X will redirect to Y".
const FATE = new RegExp(
  `^((?:${WORD}\\s+){0,5}?${WORD})\\s+will\\s+(?:(?:be|get)\\s+(?:\\p{Ll}+ly\\s+)?(?:deprecated|removed|retired|archived|replaced|redirected|shut down|discontinued|disabled|renamed|moved|merged|deleted|closed|sunset|phased out|taken offline|made read-only)|(?:\\p{Ll}+ly\\s+)?(?:redirect|move|stop working|go away|shut down|close))\\b`,
  'u',
);

/** "The old portal will be retired in May." -> "What will happen to the old portal?" */
function fate(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = FATE.exec(statement);
  if (!match) return undefined;
  const [, subject = ''] = match;
  if (!namedSubject(subject) || !groundedSubject(subject, context) || /\b(?:and|or)\b/.test(subject) || !carriesName(subject)) return undefined;
  return asked(`What will happen to ${lowerOpening(subject, context.casing)}?`, 'fate');
}

// "The timetable is available on the harbour website": where to find something.
const AVAILABLE_AT = new RegExp(
  `^((?:${WORD}\\s+){0,6}?${WORD})\\s+(is|are)\\s+(?:now\\s+|also\\s+|freely\\s+|publicly\\s+)?(available|published|hosted|listed|posted)\\s+(?:at|on|from|in|via|through)\\s+\\S`,
  'u',
);

/** "The timetable is available on the harbour website." -> "Where is the timetable available?" */
function whereAvailable(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = AVAILABLE_AT.exec(statement);
  if (!match) return undefined;
  const [, subject = '', verb = '', participle = ''] = match;
  // "… is also available in…" adds a place to one the article gave before.
  if (!namedSubject(subject) || !groundedSubject(subject, context) || POINTER_WORD.test(statement) || !carriesName(subject) || /\balso\b/i.test(statement))
    return undefined;
  return asked(`Where ${verb} ${lowerOpening(subject, context.casing)} ${participle}?`, 'where');
}
/** Whether a subject names something ("the Harbourtown timetable", "OpenQuay 2"), rather than "a full example" or "the goal". */
function carriesName(subject: string): boolean {
  const [first = '', ...rest] = subject.split(/\s+/);
  return (
    (!/^(?:the|a|an|any|each|every|some)$/i.test(first) && /^\p{Lu}/u.test(first)) ||
    [first, ...rest].some((word) => isMarkedName(word)) ||
    rest.some((word) => /^\p{Lu}/u.test(word))
  );
}

// "… available here", "… on this page": a place only the page shows.
const POINTER_WORD = /\b(?:here|below|above|this (?:page|post|link))\b/i;

// "70% of respondents use…", "About 40 percent of owners renewed…": the share of a group.
const SHARE =
  /^(?:(?:about|around|nearly|almost|over|more than|fewer than|less than|roughly|some|just over|just under)\s+)?\d+(?:\.\d+)?(?:%|\s+per ?cent)\s+of\s+((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*s)\s+(.+)$/iu;

/** "70% of respondents use a phone." -> "What share of respondents use a phone?" */
function share(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = SHARE.exec(statement);
  if (!match) return undefined;
  const [, group = '', rest = ''] = match;
  const verb = tagClause(rest)[0];
  if (
    !verb?.tags.includes('Verb') ||
    verb.tags.includes('Gerund') ||
    /\b(?:and|or|but|while|whereas)\b/.test(rest) ||
    /,|\d+%/.test(rest) ||
    LEANING_WORD.test(group)
  )
    return undefined;
  if (!groundedSubject(group, context)) return undefined;
  return asked(`What share of ${group} ${rest}?`, 'share');
}

/** "The audit was carried out by Quellmark Labs." -> "Who carried out the audit?"; "The app is run by the Harbour Board." -> "Who runs the app?" */
function agent(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = PASSIVE_BY_NAME.exec(statement);
  if (!match) return undefined;
  const [, subject = '', auxiliary = '', participle = '', rest = '', doer = ''] = match;
  if (!namedSubject(subject) || !groundedSubject(subject, context) || subject.split(/\s+/).length > 8 || CLAUSE_WORD.test(rest)) return undefined;
  // A doer named only by what they are ("volunteers") answers "Who…?" for what is done habitually,
  // not for one past event ("The berths were built by workers" says nothing).
  if (/^\p{Ll}/u.test(doer) && !/^(?:is|are)$/.test(auxiliary)) return undefined;
  const base = baseForm(participle, 'Participle');
  if (!base) return undefined;
  const forms = conjugations(base);
  const perfect = /^(?:has|have) been$/.test(auxiliary);
  const active = perfect ? `has ${participle}` : /^(?:is|are)$/.test(auxiliary) ? forms.PresentTense : forms.PastTense;
  if (!active) return undefined;
  // "carried out by": the particle stays with its verb ("Who carried out the survey?").
  const particle = /^\s*(out|up|off|down|over|back|away)\b/.exec(rest)?.[1];
  // "maintained primarily by": the adverb qualifies the answer, not the question.
  const after = (particle ? rest.replace(/^\s*\S+/, '') : rest).replace(/^(?:\s*\p{L}+ly\b)+\s*$/u, '').trim();
  // "by the Harbour Board", "by volunteers": who; "by the Service resource", "by settings": what.
  const asking = doesLikePeople(doer) ? 'Who' : 'What';
  return asked(`${asking} ${active}${particle ? ` ${particle}` : ''} ${lowerOpening(subject, context.casing)}${after ? ` ${after}` : ''}?`, 'agent');
}

// Common nouns for people and the bodies they form: a doer that ends on one of these acts as a person.
const PEOPLE_NOUN =
  /^(?:team|group|board|committee|council|community|communities|staff|crew|panel|people|volunteer|member|maintainer|contributor|official|authorit(?:y|ies)|resident|citizen|voter|worker|employee|partner|vendor|customer|agenc(?:y|ies)|department|ministr(?:y|ies)|government|compan(?:y|ies)|firm|organi[sz]ation|foundation|office|court|police|army|navy|military|parliament|congress|senate|universit(?:y|ies)|school|hospital|project|communit(?:y|ies)|association|union|coalition|alliance|consortium|institute|commission|agency)s?$/i;

/** Whether a doer is a person or a body of people: a name ("Quellmark Labs", "the Harbour Board") or a noun for people. */
function doesLikePeople(doer: string): boolean {
  const head = doer.split(/\s+/).at(-1) ?? '';
  return /^\p{Lu}/u.test(head) || PEOPLE_NOUN.test(head) || tagClause(head).some((term) => term.tags.includes('Actor'));
}

/** "The OpenQuay app was designed to sell tickets." -> "What was the OpenQuay app designed to do?" */
function designedTo(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = DESIGNED_TO.exec(statement);
  if (!match) return undefined;
  const [, subject = '', verb = '', participle = ''] = match;
  // "… is designed to be well-defined" gives a quality, not something it does.
  if (!namedSubject(subject) || !groundedSubject(subject, context) || new RegExp(`\\b${participle}\\s+to\\s+be\\b`).test(statement)) return undefined;
  // "… is built to grow and designed to adapt": a purpose with nothing it acts on says nothing.
  const purpose = statement.slice(statement.indexOf(`${participle} to `) + participle.length + 4);
  if (/^\p{L}+(?:\s+and\b|[.,;]|$)/u.test(purpose)) return undefined;
  return asked(`What ${verb} ${lowerOpening(subject, context.casing)} ${participle} to do?`, 'purpose');
}

/** "X will open in May 2026." / "In May 2026, X will open." -> "When will X open?"; "We expect X to open in May." -> "When is X expected to open?" */
function when(statement: string, context: SentenceContext): FactQuestion | undefined {
  const clause = DATE_AT_END.exec(statement)?.[1] ?? DATE_AT_START.exec(statement)?.[1];
  // One event a question: no second clause ("after the storm passed") and no second date.
  // "… submitted at the next meeting in December": a clause that already says when asks nothing.
  if (clause && /\b(?:next|last|previous|coming|following|meeting|today|tomorrow|yesterday|soon|later|week|month|year|quarter|season)\b/i.test(clause))
    return undefined;
  if (
    !clause ||
    /%|\bper ?cent\b/i.test(clause) ||
    /\b(?:and|or|but|after|before|when|while|since|until|as|if|because|though|although)\b/.test(clause) ||
    SECOND_DATE.test(clause)
  )
    return undefined;
  const expected = EXPECTED.exec(clause);
  if (expected) {
    const [, thing = '', rest = ''] = expected;
    if (!namedSubject(thing) || !groundedSubject(thing, context) || thing.split(/\s+/).length > 6) return undefined;
    const plural = tagClause(thing).at(-1)?.tags.includes('Plural') ?? false;
    return asked(`When ${plural ? 'are' : 'is'} ${lowerOpening(thing, context.casing)} expected to ${rest}?`, 'when');
  }
  const inverted = invertClause(clause, context);
  // "When has X opened?" is not English: the perfect takes no time question.
  if (!inverted || inverted.perfect) return undefined;
  return asked(`When ${inverted.body}?`, 'when');
}

/** "The port handled 1,200 ships in 2024." -> "How many ships did the port handle in 2024?"; "About 300 boats were…" -> "How many boats were…?" */
function howMany(statement: string, context: SentenceContext): FactQuestion | undefined {
  // One fact a question: a clause joined to another by "and" or "or", or broken by commas, asks several.
  if (/%|\bper ?cent\b/i.test(statement) || /\b(?:and|or|but)\b/.test(statement) || /,(?!\d{3})/.test(statement)) return undefined;
  const leading = AMOUNT_SUBJECT.exec(statement);
  if (leading) {
    const counted = countedNoun(leading[1] ?? '');
    if (!counted) return undefined;
    const rest = (leading[1] ?? '').slice(counted.length).trim();
    const verb = tagClause(rest)[0];
    if (!verb?.tags.includes('Verb') || verb.tags.includes('Gerund')) return undefined;
    return asked(`How many ${counted} ${rest}?`, 'how-many');
  }
  const amount = AMOUNT_IN_CLAUSE.exec(statement);
  if (!amount) return undefined;
  const before = statement.slice(0, amount.index);
  // The amount must be what the verb acts on ("committed £4 million"), not part of a phrase
  // ("a £4 million package", "within nine hours") or of the subject.
  const verb = tagClause(before).at(-1);
  if (!verb?.tags.includes('Verb') || verb.tags.includes('Particle') || !before.includes(' ')) return undefined;
  const isMoney = amount[2] !== undefined;
  const after = statement.slice(amount.index + amount[0].length).trim();
  const counted = isMoney ? '' : countedNoun(after);
  if (counted === undefined) return undefined;
  const rest = after.slice(counted.length).trim();
  // "X supports three modes." only counts what the reader would want named.
  if (!isMoney && rest === '') return undefined;
  // "$100 suits": an amount before a noun describes the noun; it is not what the verb acts on.
  if (isMoney && /^\p{Ll}/u.test(rest) && !tagClause(rest)[0]?.tags.some((tag) => tag === 'Preposition' || tag === 'Adverb')) return undefined;
  // "10 years old", "three hours later": a measure of age or time, which makes a trivial question.
  if (/^(?:old|long|tall|wide|deep|high|later|earlier|ago|away|apart|ahead|behind)\b/.test(rest)) return undefined;
  const inverted = invertClause(`${before} ${rest}`.replace(/\s+/g, ' ').trim(), context);
  if (!inverted) return undefined;
  // A count asked at the end of a long clause makes a question nobody would type.
  if (inverted.body.split(/\s+/).length > 12) return undefined;
  return asked(`${isMoney ? 'How much' : `How many ${counted}`} ${inverted.body}?`, 'how-many');
}

/** The words after a count that say what it counts ("vulnerability reports"), or undefined when they are not a plural noun phrase. */
function countedNoun(text: string): string | undefined {
  const words = text.split(/\s+/).slice(0, COUNTED_MAX_WORDS);
  let length = 0;
  let counted: string | undefined;
  for (const word of words) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NOT_COUNTED.test(word)) break;
    length += (length === 0 ? 0 : 1) + word.length;
    // After a count, "ships" is a plural noun, whatever a tagger would make of it alone.
    if (/[^su]s$/.test(word) || IRREGULAR_PLURAL.test(word)) counted = text.slice(0, length);
  }
  return counted;
}

// Words that end the phrase after a count: "reports were…", "ships in 2024", "hours later".
const NOT_COUNTED =
  /^(?:a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|into|over|under|per|than|as|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|this|that|these|those|later|earlier|ago|away|apart|ahead|behind|old|long|tall|wide|deep|high)$/;
const IRREGULAR_PLURAL = /^(?:people|children|men|women|staff|police|feet|teeth|mice|geese|personnel|cattle)$/;

/** "Harbour passes let visitors board any ferry." -> "What do harbour passes let visitors do?"; "X helps owners…" -> "How does X help owners?" */
function enabling(statement: string, context: SentenceContext): FactQuestion | undefined {
  const match = ENABLING.exec(statement);
  if (!match) return undefined;
  const [, subject = '', verb = '', object = '', to = '', action = ''] = match;
  // "X allows you to…" is how a product describes itself; a question about it says nothing specific.
  if (!namedSubject(subject) || !groundedSubject(subject, context) || LEANING_WORD.test(object) || /^(?:the|a|an)$|\byou\b/i.test(object)) return undefined;
  // The verb must read as one where it stands: "The plea for help was made…" has "help" as a noun.
  const verbAt = subject.split(/\s+/).length;
  if (!tagClause(statement)[verbAt]?.tags.includes('Verb') || tagClause(object).some((term) => term.tags.includes('Verb'))) return undefined;
  // "Test sites exist to allow…": the subject holds a verb of its own, and the question would carry it.
  if (/\bto$/i.test(subject)) return undefined;
  const lets = /^let/.test(verb);
  // "allows sites to register", "lets sites register": the word after the object must be a verb.
  if ((lets ? to !== '' : to === '' && !/^help/.test(verb)) || !tagClause(`to ${action}`)[1]?.tags.includes('Verb')) return undefined;
  // "allows resources to be specified…" says what may be done to them, not what they can do.
  if (action === 'be') return undefined;
  const base = /^(allow|enable|permit|let|help)/.exec(verb)?.[1] ?? verb;
  const support = /(?:ed)$/.test(verb) ? 'did' : /s$/.test(verb) ? 'does' : 'do';
  const who = object.replace(/\byour\b/i, 'my');
  const subjectAsked = lowerOpening(subject, context.casing);
  if (/^help/.test(verb)) return asked(`How ${support} ${subjectAsked} help ${who}?`, 'enables');
  return asked(`What ${support} ${subjectAsked} ${base} ${who}${lets ? '' : ' to'} do?`, 'enables');
}

/** "Zentrix stands for…" -> "What does Zentrix stand for?"; "A berth permit is used to…" -> "What is a berth permit used for?" */
function meaning(statement: string, context: SentenceContext): FactQuestion | undefined {
  const means = MEANING.exec(statement);
  if (means) {
    const [, term = '', verb = ''] = means;
    if (!term.split(/\s+/).every((word) => isName(word, context.casing))) return undefined;
    const base = verb === 'means' ? 'mean' : verb.replace(/^(\p{L}+)s\b/u, '$1');
    return asked(`What does ${term} ${base}?`, 'meaning');
  }
  const used = USED_FOR.exec(statement);
  if (!used) return undefined;
  const [, subject = '', verb = ''] = used;
  if (!namedSubject(subject) || !groundedSubject(subject, context)) return undefined;
  return asked(`What ${verb} ${lowerOpening(subject, context.casing)} used for?`, 'meaning');
}

/** A finished question, unless it leans on a word the reader cannot resolve or runs too long. */
function asked(question: string, kind: FactQuestion['kind']): FactQuestion | undefined {
  const tidy = question.replace(/\s+/g, ' ');
  if (LEANING_WORD.test(tidy) || tidy.split(' ').length > 22) return undefined;
  return { question: tidy, kind };
}
