import { BUILT_IN_ALIASES } from './aliases.ts';
import { lookupPlace } from './gazetteer.ts';
import { isGivenName, lexicon } from './lexicon.ts';
import { nameLists } from './name-lists.ts';
import { isTitleCase, type NameRun, nameRuns, trimLinks, type Word } from './name-runs.ts';
import { acronymActsAsBody, actsAsBody, bodyAfter, bodyBefore, bodyNameKey, ownedByBody, teamOwnerLength } from './org-context.ts';
import { type BriefingEntities, type Entity, ENTITY_KINDS, type EntityAliases, type EntityKind } from './types.ts';
import { nameSlug } from '../briefings/paths.ts';

/** Words that name a post, written before a person's name and never part of it. */
const TITLES = new Set(
  'president chancellor provost dean rector secretary minister premier senator sen representative rep governor gov mayor general gen judge justice chief deputy vice ambassador king queen pope prince princess lord lady sir dame dr mr mrs ms prof professor rev reverend father sister brother officer director chairman chairwoman chair ceo spokesman spokeswoman spokesperson commander leader head adviser advisor counsel attorney inspector commissioner superintendent sheriff captain colonel lieutenant sergeant admiral marshal'.split(
    ' ',
  ),
);
/** Words that end an organisation's name: "Federal Election Commission", "Rust Foundation". */
const ORGANIZATION_ENDS = new Set(
  'Administration Agency Academy Alliance Army Association Authority Bank Board Bureau Cartel Center Centers Centre Coalition College Commission Committee Company Congress Consortium Corporation Corp Council Court Department Federation Force Forum Foundation Fund Group Guard Inc Institute Institution League Ltd LLC Ministry Museum Navy Office Organization Organisation Parliament Party Police Secretariat School Senate Service Services Society Union University'.split(
    ' ',
  ),
);
/** Words that begin an organisation's name before "of" or "for": "Department of State", "Centers for Disease Control". */
const ORGANIZATION_HEADS = new Set(
  'Academy Administration Agency Association Bank Board Bureau Center Centers Centre Chamber College Commission Committee Corporation Council Court Department Federation Fund Institute League Ministry Museum Office Organization Organisation School Secretariat Society Union University'.split(
    ' ',
  ),
);
/** Last words that make a run a street, a building, a work or a day rather than a person ("Sherman Plaza", "Trenton Monday"). */
const NOT_SURNAMES = new Set(
  'St Ave Av Avenue Blvd Rd Road Street Lane Drive Plaza Square Park Theater Theatre Hospital Hall Club Hotel Award Prize Act Bay River Lake Island Bridge Tower Building Chorale Orchestra Trio Quartet Band Version Bible Gospel Catholic Catholics Americans American Co Mfg Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December'.split(
    ' ',
  ),
);
/** Prefixes that make an area of a known place: "West Africa", "Northern Mexico". */
const DIRECTIONS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upper',
  'Lower',
  'Greater',
  'Southeast',
  'Southwest',
  'Northeast',
  'Northwest',
  'Latin',
  'New',
  'Sub-Saharan',
  'Middle',
  'Mainland',
  'Inner',
  'Outer',
  'Far',
  'Coastal',
]);
/** Words placed before a place that stay part of its name: "Ciudad Juárez", "Mexico City". */
const CITY_WORDS = new Set(['Ciudad', 'City']);
/** Words before a name that say a place follows. */
const PLACE_CONTEXT = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'across', 'around', 'towards', 'toward', 'into', 'through', 'across']);
/** A town of this many people counts when its name is no everyday word; smaller ones are too often something else. */
const MIN_CITY_POPULATION = 15_000;
/** A city named by an everyday word or a given name ("Mobile", "Reading", "Victoria") must be this big, and be said to be a place. */
const MIN_AMBIGUOUS_CITY_POPULATION = 100_000;
/** Nouns that introduce an organisation's name: "the security firm Trail of Bits". */
const ORGANIZATION_NOUNS = new Set([
  'firm',
  'company',
  'companies',
  'charity',
  'charities',
  'nonprofit',
  'non-profit',
  'organization',
  'organisation',
  'agency',
  'startup',
  'start-up',
  'consortium',
  'regulator',
  'watchdog',
  'bank',
  'insurer',
  'airline',
  'carrier',
  'broadcaster',
  'newspaper',
  'union',
]);
/** The words just before a name after which bodyBefore may find a body: "such as", "like", "acquired by", "a stake in", an apposition's comma, or a list's "and". */
const CUES = new Set(['as', 'like', 'including', 'by', 'of', 'in', 'with', ',', 'and', 'or']);
/** A company's legal form, never a name by itself. */
const LEGAL_FORMS = new Set(['Inc', 'Ltd', 'LLC', 'LLP', 'PLC', 'Plc', 'GmbH', 'Corp', 'Co', 'Pty']);
/** An acronym in brackets, defined by the words before it. */
const DEFINED_ACRONYM = /\s\((\p{Lu}{2,8})\)/gu;
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', '&']);
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}&]{1,7}|\p{N}{1,3}\p{Lu}{1,3})$/u;
/** What only a body does to something: "PATH-funded", "UN-backed". */
const BODY_VERBS = new Set(['funded', 'backed', 'sponsored', 'owned', 'run', 'operated', 'financed', 'commissioned']);

/** What extraction reads: the headline and the body as plain text, a paragraph or heading a line. */
export interface EntitySource {
  title: string;
  text: string;
}

/** An editor's corrections from the front matter. */
export interface EntityCorrections {
  add?: Partial<Record<EntityKind, string[]>>;
  exclude?: string[];
}

/**
 * The people, places and organisations a briefing mentions, merged into canonical entities with
 * a mention count each, most mentioned first. It reads each line's capitalised runs of words
 * (name-runs.ts) and keeps those it can vouch for:
 * - organisations: a name ending in an organisation word ("Federal Election Commission") or
 *   opening with one before "of" ("Department of Homeland Security"), one compromise knows
 *   ("NATO"), and acronyms defined beside them ("(FEC)") or made of their initials; a name the
 *   sentence marks as a body (org-context.ts: "lenders such as X", "acquired by X", "X, Inc.",
 *   "X’s shareholders", "X announced"), and the names of a list after a colon when one of them
 *   is an organisation and none a place or a person (name-lists.ts);
 * - places: a country, region or area, or a city of some size, from the gazetteer
 *   (gazetteer.ts); a city whose name is an everyday word only after "in", "at", "near"...;
 * - people: a full name, titles dropped ("Defense Secretary Pete Hegseth"), starting with a
 *   given name or made of two words that are neither everyday words nor places; a surname alone
 *   counts only when the briefing (or the aliases) give the full name.
 * Headlines and headings in Title Case give places and known names only. The site's aliases
 * ("U.S." -> "United States") merge spellings.
 */
export function extractEntities(source: EntitySource, aliases: EntityAliases = BUILT_IN_ALIASES, corrections: EntityCorrections = {}): BriefingEntities {
  const lines = [source.title, ...source.text.split('\n')].filter((line) => line.trim() !== '');
  const text = lines.join('\n');
  const canonical = aliasIndex(aliases);
  const found: Record<EntityKind, Set<string>> = { people: new Set(), places: new Set(), organizations: new Set() };
  const extraForms: Record<EntityKind, Map<string, string[]>> = { people: new Map(), places: new Map(), organizations: new Map() };
  const surnames: string[] = [];
  const singleWordPlaces: string[] = [];
  const acronyms: Array<{ text: string; startsOrganization: boolean }> = [];
  const definitions = new Map<string, string>();
  /** Names only their context marks as bodies ("Quellmark announced"), kept unless they turn out to be a person's or a place's. */
  const contextual: string[] = [];

  const known = (words: string[]): boolean => {
    const form = words.join(' ').toLowerCase();
    for (const kind of ENTITY_KINDS) {
      const name = canonical[kind].get(form);
      if (name !== undefined) {
        found[kind].add(name);
        return true;
      }
    }
    return false;
  };
  const addOrganization = (words: Word[], after: string) => {
    const name = words.map((word) => word.text).join(' ');
    const listed = canonical.organizations.get(name.toLowerCase()) ?? name;
    found.organizations.add(listed);
    const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/u.exec(after)?.[1];
    if (acronym) definitions.set(acronym, listed);
    const first = words[0]?.text ?? '';
    if (ACRONYM.test(first) && words.length > 1) acronyms.push({ text: first, startsOrganization: true });
  };

  for (const line of lines) {
    // A headline or heading: the title, or a line without a sentence's closing mark, in Title Case.
    const headline = (line === source.title || !/[.!?:;…"”’)]\s*$/.test(line)) && isTitleCase(line);
    for (const run of nameRuns(line)) {
      if (headline) {
        for (const part of parts(run.words)) {
          const words = part.map((word) => word.text);
          if (!known(words)) {
            const place = placeName(words, { ...run, sentenceStart: false, before: 'in' });
            if (place) found.places.add(canonical.places.get(place.toLowerCase()) ?? place);
          }
        }
        continue;
      }
      readRun(run);
    }
  }

  function readRun(run: NameRun): void {
    const words = dropLeading(run.words, run.sentenceStart);
    if (words.length === 0) return;
    const country = lookupPlace(words.map((word) => word.text).join(' '));
    if (country?.kind === 'country' && words.length > 1) {
      // "the Russian Federation" is a country, whatever its last word.
      found.places.add(canonical.places.get((country.canonical ?? '').toLowerCase()) ?? country.canonical ?? words.map((word) => word.text).join(' '));
      return;
    }
    if (ORGANIZATION_NOUNS.has(run.before) && !run.sentenceStart && words.length <= 5 && !words.every((word) => ACRONYM.test(word.text))) {
      addOrganization(words, run.after);
      return;
    }
    const organization = organizationRange(words, run.after);
    if (organization) {
      const [start, end] = organization;
      addOrganization(words.slice(start, end + 1), end === words.length - 1 ? run.after : '');
      if (start > 0) readRun(trimLinks({ ...run, words: words.slice(0, start), after: '' }));
      const rest = words.slice(end + 1);
      // "the CA/Browser Forum and IETF": an acronym joined to a body by "and" is another body.
      if (rest.length === 2 && rest[0]?.text === 'and' && ACRONYM.test(rest[1]?.text ?? '') && !lookupPlace(rest[1]?.text ?? '')) {
        acronyms.push({ text: rest[1]?.text ?? '', startsOrganization: true });
      } else if (rest.length > 0) readRun({ ...run, words: rest, sentenceStart: false, before: '', prefix: '' });
      return;
    }
    // "companies such as Quellmark and Harbourline", "acquired by Quellmark", "Quellmark, Inc.": bodies by what surrounds them.
    if ((bodyAfter(run.after) || (CUES.has(run.before) && bodyBefore(run.prefix ?? '', run.after))) && !words.every((word) => ACRONYM.test(word.text))) {
      const names = splitAtAnd(words);
      const isBody = (name: Word[]) => {
        const text = name.map((word) => word.text).join(' ');
        return (
          name.length <= 5 &&
          !LEGAL_FORMS.has(text) &&
          !(name.length > 1 && isGivenName(name[0]?.text ?? '')) &&
          !isDateOrTitled(name.map((word) => word.text)) &&
          !lookupPlace(text) &&
          !known(name.map((word) => word.text))
        );
      };
      if (names.every(isBody)) {
        for (const [at, name] of names.entries()) addOrganization(name, at === names.length - 1 ? run.after : '');
        return;
      }
    }
    const pieces = parts(words);
    pieces.forEach((piece, index) => {
      const context = {
        ...run,
        sentenceStart: index === 0 && run.sentenceStart && piece[0] === words[0],
        before: index === 0 ? run.before : 'of',
        after: index === pieces.length - 1 ? run.after : '',
      };
      readPart(piece, context);
    });
  }

  function readPart(part: Word[], run: NameRun): void {
    const words = part.map((word) => word.text);
    if (known(words)) return;
    const lastTitle = words.findLastIndex((word) => TITLES.has(word.toLowerCase().replace(/\.$/, '')) || lexicon().honorifics.has(word.toLowerCase()));
    const afterTitle = words.slice(lastTitle + 1);
    if (lastTitle >= 0 && afterTitle.length > 0 && known(afterTitle)) return;

    const firstTitle = words.findIndex((word) => TITLES.has(word.toLowerCase().replace(/\.$/, '')));
    // "United States Secretary of State": a place before a title.
    const place = lastTitle < 0 ? placeName(words, run) : firstTitle > 0 ? placeName(words.slice(0, firstTitle), { ...run, after: '' }) : undefined;
    if (place && words.length === 1) {
      // A lone word may yet be the surname of someone named in full elsewhere ("Rubio").
      singleWordPlaces.push(place);
      return;
    }
    if (place) {
      found.places.add(canonical.places.get(place.toLowerCase()) ?? place);
      if (lastTitle < 0) return;
    }
    if (words.length === 1 && ACRONYM.test(words[0] ?? '')) {
      // "GSA’s 18F": an acronym that owns something is a body.
      // "PATH-funded": an acronym that funds or runs something is a body.
      // "the HFA declared", "HFA’s shareholders", "acquired by HFA": an acronym a body's context surrounds.
      const bodyContext = run.possessive
        ? ownedByBody(run.after)
        : acronymActsAsBody(run.after) || (CUES.has(run.before) && bodyBefore(run.prefix ?? '', run.after)) || bodyAfter(run.after);
      acronyms.push({
        text: words[0] ?? '',
        startsOrganization: (Boolean(run.possessive) && (words[0]?.length ?? 0) >= 3) || BODY_VERBS.has(run.hyphenatedTo ?? '') || bodyContext,
      });
      return;
    }
    if (lastTitle < 0 && !run.sentenceStart && isBodyNamedForPlace(words)) {
      found.organizations.add(canonical.organizations.get(words.join(' ').toLowerCase()) ?? words.join(' '));
      return;
    }
    if (lastTitle < 0 && lexicon().organizations.has(words.join(' ').toLowerCase()) && !(words.length === 1 && ORGANIZATION_ENDS.has(words[0] ?? ''))) {
      found.organizations.add(canonical.organizations.get(words.join(' ').toLowerCase()) ?? words.join(' '));
      return;
    }
    // "the Quellmark Malware Research Team": a research team's name opens with its body's.
    const owner = lastTitle < 0 ? teamOwnerLength(words) : 0;
    if (owner > 0 && !isGivenName(words[0] ?? '')) {
      contextual.push(words.slice(0, owner).join(' '));
      return;
    }
    // "Quellmark’s shareholders", "Quellmark announced": what a body has or does. Not a sentence's first everyday word ("Officials announced").
    const body = run.sentenceStart && lexicon().common.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
    const bareSuffix = body.length === 1 && ORGANIZATION_ENDS.has(body[0] ?? '');
    if (
      (run.possessive ? ownedByBody(run.after) : actsAsBody(run.after)) &&
      lastTitle < 0 &&
      body.length > 0 &&
      body.length <= 4 &&
      !bareSuffix &&
      !isDateOrTitled(body) &&
      !isGivenName(body[0] ?? '')
    ) {
      contextual.push(body.join(' '));
      return;
    }
    const person = personName(afterTitle, lastTitle < 0 && run.sentenceStart);
    if (person) {
      found.people.add(canonical.people.get(person.toLowerCase()) ?? person);
      return;
    }
    if (afterTitle.length === 1) surnames.push(afterTitle[0] ?? '');
  }

  /**
   * A list of bare names after a colon in which one is an organisation and none a place or a
   * person ("our partners:" "Quellmark Trust", "Harbour Relief", ...) lists organisations.
   */
  function readNameLists(all: string[]): void {
    for (const items of nameLists(all)) {
      const isBody = (name: string) => {
        const lower = name.toLowerCase();
        const words = name.split(' ').map((text): Word => ({ text, link: /^\p{Ll}/u.test(text) || text === '&' }));
        return (
          found.organizations.has(name) ||
          canonical.organizations.has(lower) ||
          lexicon().organizations.has(lower) ||
          organizationRange(words, '') !== undefined
        );
      };
      const isOther = (name: string) => {
        const lower = name.toLowerCase();
        return (
          found.people.has(name) ||
          found.places.has(name) ||
          canonical.people.has(lower) ||
          canonical.places.has(lower) ||
          lookupPlace(name) !== undefined ||
          personName(name.split(' '), false) !== undefined
        );
      };
      if (!items.some((item) => isBody(item.name)) || items.some((item) => isOther(item.name))) continue;
      for (const item of items) {
        const listed = canonical.organizations.get(item.name.toLowerCase()) ?? item.name;
        found.organizations.add(listed);
        if (item.otherNames.length > 0) extraForms.organizations.set(listed, [...(extraForms.organizations.get(listed) ?? []), ...item.otherNames]);
      }
    }
  }

  // "(ACRONYM)" after the words it stands for: a body when they end in an organisation word
  // ("the evaluation centre (VEC)"), otherwise something else ("subject matter expert (SME)").
  const notOrganizations = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(DEFINED_ACRONYM)) {
      const acronym = match[1] ?? '';
      const phrase = definedPhrase(line.slice(0, match.index), acronym);
      if (!phrase) continue;
      if (ORGANIZATION_ENDS.has(capitalise(phrase.at(-1) ?? ''))) {
        if (!definitions.has(acronym)) found.organizations.add(canonical.organizations.get(acronym.toLowerCase()) ?? acronym);
      } else if (!definitions.has(acronym)) notOrganizations.add(acronym);
    }
  }
  // A surname alone names someone the briefing gave in full.
  const fullNames = [...found.people];
  for (const surname of surnames) {
    const person = canonical.people.get(surname.toLowerCase()) ?? fullNames.find((name) => name.endsWith(` ${surname}`));
    if (person) found.people.add(person);
  }
  for (const name of contextual) {
    const lower = name.toLowerCase();
    if (
      canonical.people.has(lower) ||
      canonical.places.has(lower) ||
      fullNames.some((person) => person === name || person.endsWith(` ${name}`)) ||
      found.places.has(name) ||
      lookupPlace(name)
    )
      continue;
    found.organizations.add(canonical.organizations.get(lower) ?? name);
  }
  // The names listed after a colon are of one kind.
  readNameLists(lines);
  for (const place of singleWordPlaces) {
    if (!fullNames.some((name) => name.endsWith(` ${place}`))) found.places.add(canonical.places.get(place.toLowerCase()) ?? place);
  }
  // An acronym names an organisation when it is defined beside it, made of its initials, opens its
  // name ("UKHSA Pathogen Immunology Group"), or is one compromise knows ("NATO").
  const organizations = [...found.organizations];
  for (const { text: acronym, startsOrganization } of acronyms) {
    const expanded = definitions.get(acronym) ?? organizations.find((name) => initials(name) === acronym);
    if (expanded) {
      found.organizations.add(expanded);
      extraForms.organizations.set(expanded, [...(extraForms.organizations.get(expanded) ?? []), acronym]);
    } else if (
      !notOrganizations.has(acronym) &&
      (lexicon().organizations.has(acronym.toLowerCase()) || (startsOrganization && !lookupPlace(acronym) && !canonical.places.has(acronym.toLowerCase())))
    ) {
      found.organizations.add(canonical.organizations.get(acronym.toLowerCase()) ?? acronym);
    }
  }
  mergeSameBody(found.organizations, extraForms.organizations);
  for (const kind of ENTITY_KINDS) for (const name of corrections.add?.[kind] ?? []) found[kind].add(canonical[kind].get(name.toLowerCase()) ?? name.trim());

  const excluded = new Set((corrections.exclude ?? []).map((name) => name.trim().toLowerCase()));
  const result = {} as BriefingEntities;
  for (const kind of ENTITY_KINDS) {
    result[kind] = [...found[kind]]
      .filter((name) => !excluded.has(name.toLowerCase()) && !(aliases[kind].get(name) ?? []).some((form) => excluded.has(form.toLowerCase())))
      .map(
        (name): Entity => ({
          name,
          slug: nameSlug(name),
          mentions: Math.max(1, mentions(text, surfaceForms(kind, name, aliases, extraForms[kind].get(name) ?? []))),
        }),
      )
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  }
  return result;
}

/** A day, a month or a street ("on Monday announced"), or words holding a title ("Senator Quill"): never a body found by its context. */
function isDateOrTitled(words: string[]): boolean {
  return NOT_SURNAMES.has(words.at(-1) ?? '') || words.some((word) => TITLES.has(word.toLowerCase().replace(/\.$/, '')));
}

/** A run cut at each "and": "Quellmark and Harbour Freight" -> "Quellmark", "Harbour Freight". */
function splitAtAnd(words: Word[]): Word[][] {
  const result: Word[][] = [[]];
  for (const word of words) {
    if (word.link && word.text === 'and') result.push([]);
    else result.at(-1)?.push(word);
  }
  return result.map((name) => trimLinks({ words: name, sentenceStart: false, before: '', after: '' }).words).filter((name) => name.length > 0);
}

/** The words of a run without a leading "the" or, at a sentence's start, a function word ("Meanwhile", "Despite"). */
function dropLeading(words: Word[], sentenceStart: boolean): Word[] {
  let start = 0;
  while (start < words.length && (words[start]?.link || (start === 0 && sentenceStart && lexicon().functionWords.has(words[start]?.text.toLowerCase() ?? ''))))
    start += 1;
  return words.slice(start);
}

/** A run cut at its linking words: "Head of Government of Mexico City" -> "Head", "Government", "Mexico City". */
function parts(words: Word[]): Word[][] {
  const result: Word[][] = [[]];
  for (const word of words) {
    if (word.link) result.push([]);
    else result.at(-1)?.push(word);
  }
  return result.filter((part) => part.length > 0);
}

/**
 * Where an organisation's name lies in a run, as [first, last] word indexes: it ends with an
 * organisation word, or continues after one with "of"/"for" ("Department of Homeland Security");
 * it reaches left over capitalised words, over "X of" when X opens organisation names ("Office of
 * Language Services") and over one "X and" at its start ("Bill and Melinda Gates Foundation").
 * It has two words or more and is not a phrase such as "Authority to Operate".
 */
function organizationRange(words: Word[], after: string): [number, number] | undefined {
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index];
    if (!word || word.link || !ORGANIZATION_ENDS.has(word.text)) continue;
    const next = words[index + 1];
    let end: number;
    if (next === undefined) end = index;
    else if (next.link && ['of', 'for'].includes(next.text) && ORGANIZATION_HEADS.has(word.text)) {
      // "University of Chicago Chancellor Ada Quill": the name stops before a title.
      // "Department of Homeland Security and NATO": it stops before "and" another body, "the" or a title.
      const stop = words.findIndex(
        (w, at) =>
          at > index + 2 &&
          ((!w.link && TITLES.has(w.text.toLowerCase())) ||
            (w.link && w.text === 'the') ||
            (w.link &&
              w.text === 'and' &&
              (ACRONYM.test(words[at + 1]?.text ?? '') || words.slice(at + 1).some((later) => ORGANIZATION_ENDS.has(later.text))))),
      );
      end = stop > 0 ? stop - 1 : words.length - 1;
      while (words[end]?.link) end -= 1;
    } else if (next.link && next.text !== 'of' && next.text !== 'for') end = index;
    else continue;
    let start = index;
    let at = index - 1;
    while (at >= 0) {
      const left = words[at];
      const beyond = words[at - 1];
      if (left && !left.link) {
        start = at;
        at -= 1;
      } else if (left && ['of', 'for'].includes(left.text) && beyond && !beyond.link && ORGANIZATION_HEADS.has(beyond.text)) {
        start = at - 1;
        at -= 2;
      } else if (
        left &&
        (left.text === 'and' || left.text === '&') &&
        beyond &&
        !beyond.link &&
        !ACRONYM.test(beyond.text) &&
        index - at >= 2 &&
        (at - 2 < 0 || words[at - 2]?.link)
      ) {
        start = at - 1;
        at -= 2;
      } else break;
    }
    const content = words.slice(start, end + 1).filter((w) => !w.link);
    if (content.length < 2) return undefined;
    if (end === words.length - 1 && /^\s+to\s+\p{Lu}/u.test(after)) return undefined;
    while (words[end]?.link) end -= 1;
    return [start, end];
  }
  return undefined;
}

/**
 * The place a run of words names, if any: a country, region or area as written, a city of
 * MIN_CITY_POPULATION or more, "Ciudad X" or "X City" for a city X, or a direction before a place
 * ("West Africa"). A single everyday word or given name ("Mobile", "Victoria") counts only as a
 * large city said to be a place: after "in", "at", ... or followed by ", Country".
 */
function placeName(words: string[], run: NameRun): string | undefined {
  const name = words.join(' ');
  if (words.some((word) => !/^\p{Lu}/u.test(word))) return undefined;
  const place = lookupPlace(name);
  const lower = name.toLowerCase();
  const everyday = words.length === 1 && (lexicon().common.has(lower) || lexicon().givenNames.has(lower) || lexicon().surnames.has(lower));
  const saidToBePlace = PLACE_CONTEXT.has(run.before) || /^\s*,\s*\p{Lu}/u.test(run.after);
  if (place) {
    if (place.kind === 'country') return words.length === 1 && run.sentenceStart && lexicon().functionWords.has(lower) ? undefined : (place.canonical ?? name);
    if (!everyday) return place.kind === 'city' && place.population < MIN_CITY_POPULATION ? undefined : name;
    if (run.sentenceStart && !saidToBePlace) return undefined;
    if (place.kind === 'city' ? place.population >= MIN_AMBIGUOUS_CITY_POPULATION && saidToBePlace : saidToBePlace) return name;
    return undefined;
  }
  if (words.length >= 2) {
    const [first, ...rest] = words;
    const last = words.at(-1) ?? '';
    const inner = CITY_WORDS.has(first ?? '') ? rest : CITY_WORDS.has(last) ? words.slice(0, -1) : undefined;
    if (inner) {
      const city = lookupPlace(inner.join(' '));
      if (city && (city.kind === 'city' || city.kind === 'area') && city.population >= MIN_CITY_POPULATION) return name;
    }
    if (DIRECTIONS.has(first ?? '')) {
      const area = lookupPlace(rest.join(' '));
      if (area && area.kind !== 'city') return name;
    }
  }
  return undefined;
}

/**
 * A person's full name from a run with its titles dropped, or undefined: two to four words, none
 * an acronym or a number, the last no initial; it starts with a given name (later words are kept
 * from the first given name on: "Hollywood Louis B Mayer" -> "Louis B Mayer"), or is two words
 * that are neither everyday words nor places. A run that starts a place's name ("Sierra
 * Leonean") or is a sentence's first everyday word is no name.
 */
function personName(words: string[], sentenceStart: boolean): string | undefined {
  const { common } = lexicon();
  let start = words.findIndex((word) => isGivenName(word));
  if (start < 0) start = 0;
  let name = words.slice(start);
  if (start === 0 && sentenceStart && common.has(name[0]?.toLowerCase() ?? '') && !isGivenName(name[0] ?? '')) name = name.slice(1);
  if (name.length < 2 || name.length > 4) return undefined;
  if (name.some((word) => /\p{N}/u.test(word) || (word.length > 1 && /^[\p{Lu}.]+$/u.test(word)) || ORGANIZATION_ENDS.has(word))) return undefined;
  const last = name.at(-1) ?? '';
  if (last.length < 2 || /\.$/.test(last) || NOT_SURNAMES.has(last)) return undefined;
  if (lookupPlace(name.join(' '))) return undefined;
  for (let end = 2; end < name.length + 1; end += 1) if (startsPlace(name.slice(0, end).join(' '))) return undefined;
  const firstIsGiven = isGivenName(name[0] ?? '');
  if (firstIsGiven) return common.has(last.toLowerCase()) && !/^\p{Lu}\p{Ll}+$/u.test(last) ? undefined : name.join(' ');
  if (
    name.length === 2 &&
    name.every((word) => !common.has(word.toLowerCase()) && !lookupPlace(word) && !isGivenName(word) && /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?$/u.test(word))
  )
    return name.join(' ');
  return undefined;
}

/** Whether a multi-word place's name begins this text: "Sierra Leonean" begins with "Sierra Leone". */
function startsPlace(text: string): boolean {
  const words = text.split(' ');
  for (let cut = text.length - 1; cut > (words[0]?.length ?? 0) + 1; cut -= 1) {
    const prefix = text.slice(0, cut);
    if (!prefix.endsWith(' ') && lookupPlace(prefix)) return true;
  }
  return false;
}

/** The words just before an acronym that it stands for ("vaccine evaluation centre" for "VEC"), if their initials match. */
function definedPhrase(before: string, acronym: string): string[] | undefined {
  const words = before.split(/[\s-]+/).filter(Boolean);
  const phrase: string[] = [];
  let letters = 0;
  for (let at = words.length - 1; at >= 0 && letters < acronym.length; at -= 1) {
    const word = words[at] ?? '';
    phrase.unshift(word);
    if (!SMALL_WORDS.has(word.toLowerCase())) letters += 1;
  }
  return initials(phrase.join(' '), true) === acronym ? phrase : undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** The capital initials of a name: "Cloud Native Computing Foundation" -> "CNCF"; of every word but "and", "of", "the" when `anyCase`. */
function initials(name: string, anyCase = false): string {
  return name
    .split(/\s+/)
    .filter((word) => (anyCase ? word !== '' && !SMALL_WORDS.has(word.toLowerCase()) : /^\p{Lu}/u.test(word)))
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

/**
 * A body named after the place it serves, written mid-sentence: everyday words, then a country or
 * region ("Public Health England", "Visit Scotland"), and not itself a place ("Latin America").
 */
function isBodyNamedForPlace(words: string[]): boolean {
  if (words.length < 2 || lookupPlace(words.join(' '))) return false;
  const place = lookupPlace(words.at(-1) ?? '');
  if (!place || place.kind === 'city') return false;
  return words.slice(0, -1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && lexicon().common.has(word.toLowerCase()) && !DIRECTIONS.has(word));
}

/**
 * One entry per body when a briefing names it two ways: "Department of State", "U.S. Department
 * of State" and "State Department" are one organisation, listed under the name seen first.
 */
function mergeSameBody(organizations: Set<string>, forms: Map<string, string[]>): void {
  const byKey = new Map<string, string>();
  for (const name of [...organizations]) {
    let words = name.split(' ');
    while (words.length > 2 && lookupPlace(words[0] ?? '')?.kind === 'country') words = words.slice(1);
    const key = bodyNameKey(words.join(' ').replace(/^Department of (?:the )?(.+)$/, '$1 Department'));
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, name);
    else {
      organizations.delete(name);
      forms.set(first, [...(forms.get(first) ?? []), name]);
    }
  }
}

/** Lower-cased spelling -> canonical name, per kind, from the aliases and the canonical names themselves. */
function aliasIndex(aliases: EntityAliases): Record<EntityKind, Map<string, string>> {
  const index = { people: new Map<string, string>(), places: new Map<string, string>(), organizations: new Map<string, string>() };
  for (const kind of ENTITY_KINDS) {
    for (const [name, spellings] of aliases[kind]) for (const form of [name, ...spellings]) index[kind].set(form.toLowerCase(), name);
  }
  return index;
}

/** Every way the text may name an entity: its name, its aliases, acronyms found beside it and, for a person, the surname. */
function surfaceForms(kind: EntityKind, name: string, aliases: EntityAliases, extra: string[]): string[] {
  const forms = [name, ...(aliases[kind].get(name) ?? []), ...extra];
  if (kind === 'people' && name.includes(' ')) forms.push(name.split(' ').at(-1) ?? name);
  return forms;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** The character ending just before `index` (a whole code point), or '' at the start. */
function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.slice(Math.max(0, index - 1), index);
}

/** The character starting at `index` (a whole code point), or '' at the end. */
function characterAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** Whether `form` at `index` stands as whole words: not inside a longer word, and "U.S" not inside "U.S.A". */
function isWholeWordAt(text: string, form: string, index: number): boolean {
  if (LETTER_OR_DIGIT.test(characterBefore(text, index))) return false;
  const after = characterAt(text, index + form.length);
  if (LETTER_OR_DIGIT.test(after)) return false;
  return !(after === '.' && LETTER.test(characterAt(text, index + form.length + 1)));
}

/**
 * How many times any of the forms occurs as whole words, longest forms first, without double
 * counting: each occurrence found is blanked out before shorter forms are looked for.
 */
function mentions(text: string, forms: string[]): number {
  let rest = text;
  let count = 0;
  for (const form of [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    let at = rest.indexOf(form);
    if (at < 0) continue; // most forms (every alias is tried on every briefing) do not occur at all
    let kept = '';
    let from = 0;
    while (at >= 0) {
      if (isWholeWordAt(rest, form, at)) {
        kept += `${rest.slice(from, at)} `;
        from = at + form.length;
        count += 1;
        at = rest.indexOf(form, from);
      } else {
        at = rest.indexOf(form, at + 1);
      }
    }
    rest = kept + rest.slice(from);
  }
  return count;
}
