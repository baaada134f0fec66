import { slug as slugify } from 'github-slugger';
import { matchesIn, parseParagraphs, withoutPossessives } from '../nlp.ts';
import { BUILT_IN_ALIASES } from './aliases.ts';
import { type BriefingEntities, type Entity, ENTITY_KINDS, type EntityAliases, type EntityKind } from './types.ts';

const TITLES =
  /^(?:president|secretary|minister|prime|defense|defence|foreign|state|senator|sen\.|rep\.|gov\.|governor|mayor|gen\.|general|mr\.?|mrs\.?|ms\.?|dr\.?|judge|justice|chief|deputy|vice|ambassador|king|queen|pope|prince|princess|lord|lady|sir|head|leader|commander|officer|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|ceo)$/i;
const ORGANIZATION_WORDS =
  /\b(?:Department|Ministry|Council|Party|Agency|Institute|University|Bank|Company|Corporation|Corp\.?|Inc\.?|Organi[sz]ation|Union|Nations|Court|Congress|Senate|Parliament|Army|Navy|Police|Commission|Committee|Federation|Association|Fund|Guard|Bureau|Cartel|Service|Authority|Secretariat|Foundation|Network)\b/;
// Named bodies the tagger often misses: "Department of Homeland Security", "National Electoral Institute".
const ORGANIZATION_PATTERNS = [
  /\b(?:Department|Ministry|Secretariat|Bank|Institute|University|Council|Court|Commission|Committee|Bureau)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|the)\s+)?\p{Lu}[\p{L}-]*)*/gu,
  /\b(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Party|Agency|Institute|University|Bank|Company|Corporation|Council|Commission|Committee|Cartel|Foundation|Association|Federation)\b/gu,
];
const PLACE_SUFFIX = /^(?:City|State|Province|County|Valley|Island|Islands|Bay|Border)$/;

/** What extraction reads: the headline and the body as plain text. */
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
 * a mention count each, most mentioned first. Built on compromise's named-entity tags, with rules
 * that favour precision: titles are dropped from names, a lone surname counts only when the
 * article (or the aliases) give the full name, organisations need an organisation word or an
 * acronym, and aliases ("U.S." -> "United States") merge spellings.
 */
export function extractEntities(source: EntitySource, aliases: EntityAliases = BUILT_IN_ALIASES, corrections: EntityCorrections = {}): BriefingEntities {
  // Each paragraph is tagged once per build and shared with the Key Questions (../nlp.ts).
  const docs = parseParagraphs(`${source.title}.\n${source.text}`);
  const text = withoutPossessives(`${source.title}.\n${source.text}`);
  const canonical = aliasIndex(aliases);

  const found: Record<EntityKind, Set<string>> = { people: new Set(), places: new Set(), organizations: new Set() };
  // Full names from the article, then surnames resolved to them.
  const people = matchesIn(docs, (doc) => doc.people()).map((p) => cleanName(p.terms.map((t) => t.text)));
  const fullNames = people.filter((name) => name.split(' ').length >= 2);
  for (const name of fullNames) found.people.add(canonical.people.get(name.toLowerCase()) ?? name);
  for (const name of people.filter((name) => name.split(' ').length === 1)) {
    const resolved = canonical.people.get(name.toLowerCase()) ?? fullNames.find((full) => full.endsWith(` ${name}`));
    if (resolved) found.people.add(canonical.people.get(resolved.toLowerCase()) ?? resolved);
  }

  for (const match of [...matchesIn(docs, (doc) => doc.places()), ...matchesIn(docs, (doc) => doc.match('#Place+ (City|State|Province|County)'))]) {
    const words = match.terms.filter((term) => /^\p{Lu}/u.test(term.text) && (term.tags.some((tag) => /Place|Country|City|Region/.test(tag)) || PLACE_SUFFIX.test(term.text)));
    const name = cleanName(words.map((term) => term.text));
    if (name && !found.people.has(name)) found.places.add(canonical.places.get(name.toLowerCase()) ?? name);
  }

  const organizationNames = [
    ...matchesIn(docs, (doc) => doc.organizations()).map((match) => match.terms.map((term) => term.text)),
    ...text
      .split('\n')
      .filter((line) => !isTitleCase(line))
      .flatMap((line) => ORGANIZATION_PATTERNS.flatMap((pattern) => [...line.matchAll(pattern)].map((match) => match[0].split(/\s+/)))),
  ];
  for (const words of organizationNames) {
    const name = cleanName(words).replace(/^the\s+/i, '');
    const known = canonical.organizations.get(name.toLowerCase()) ?? canonical.places.get(name.toLowerCase());
    if (known) {
      (canonical.places.has(name.toLowerCase()) ? found.places : found.organizations).add(known);
    } else if ((ORGANIZATION_WORDS.test(name) && /^\p{Lu}/u.test(name)) || /^[A-Z]{2,6}$/.test(name)) {
      found.organizations.add(name);
    }
  }

  // Any alias written in the text counts, even where the tagger missed it ("Trump administration").
  for (const kind of ENTITY_KINDS) {
    for (const [name, spellings] of aliases[kind]) if ([name, ...spellings].some((form) => mentions(text, [form]) > 0)) found[kind].add(name);
  }
  for (const kind of ENTITY_KINDS) for (const name of corrections.add?.[kind] ?? []) found[kind].add(canonical[kind].get(name.toLowerCase()) ?? name.trim());

  const excluded = new Set((corrections.exclude ?? []).map((name) => name.trim().toLowerCase()));
  const result = {} as BriefingEntities;
  for (const kind of ENTITY_KINDS) {
    result[kind] = [...found[kind]]
      .filter((name) => !excluded.has(name.toLowerCase()) && !(aliases[kind].get(name) ?? []).some((form) => excluded.has(form.toLowerCase())))
      .map((name): Entity => ({ name, slug: slugify(name), mentions: Math.max(1, mentions(text, surfaceForms(kind, name, aliases))) }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  }
  return result;
}

/** Headlines and headings capitalise every word, so capitals there say nothing about names. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const long = words.filter((word) => word.length > 3);
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length > 0.6;
}

/** Lower-cased spelling -> canonical name, per kind, from the aliases and the canonical names themselves. */
function aliasIndex(aliases: EntityAliases): Record<EntityKind, Map<string, string>> {
  const index = { people: new Map<string, string>(), places: new Map<string, string>(), organizations: new Map<string, string>() };
  for (const kind of ENTITY_KINDS) {
    for (const [name, spellings] of aliases[kind]) for (const form of [name, ...spellings]) index[kind].set(form.toLowerCase(), name);
  }
  return index;
}

/** A name without titles ("Defense Secretary"), leading articles or trailing punctuation. */
function cleanName(words: string[]): string {
  const cleaned = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/\.$/, (dot, _offset, word: string) => (/\p{L}\.\p{L}/u.test(word) ? dot : '')));
  while (cleaned.length > 0 && (TITLES.test(cleaned[0] ?? '') || /^the$/i.test(cleaned[0] ?? ''))) cleaned.shift();
  return cleaned.filter(Boolean).join(' ');
}

/** Every way the text may name an entity: its name, its aliases and, for a person, the surname. */
function surfaceForms(kind: EntityKind, name: string, aliases: EntityAliases): string[] {
  const forms = [name, ...(aliases[kind].get(name) ?? [])];
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
