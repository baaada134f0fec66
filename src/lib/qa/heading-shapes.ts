import type { ArticleCasing } from './recase.ts';
import { lowerOpening } from './sentence-parts.ts';

/**
 * Two heading shapes that say plainly what a reader would ask, beyond the wh-headings:
 * a noun with a participle ("Actions taken", "Affected versions") and a claim with an
 * evaluative adjective ("Shorter leases are better for tenants").
 */

// Participles that describe a standing state ("required", "affected"): asked in the present.
const STATE_PARTICIPLE =
  /^(?:required|needed|affected|supported|recommended|expected|planned|proposed|included|involved|allowed|permitted|known|deprecated|unsupported|impacted)$/;
// Participles of something done ("taken", "learned"): asked in the past.
const DONE_PARTICIPLE =
  /^(?:taken|made|done|learned|learnt|fixed|found|solved|resolved|introduced|added|removed|released|shipped|changed|completed|achieved|reported|discovered|identified)$/;
// A plain noun of a short heading: letters, perhaps hyphenated, no function word.
const NOUN = /^\p{L}[\p{L}-]*$/u;
const FUNCTION_WORD =
  /^(?:a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|as|if|not|no|our|your|their|its|this|that|these|those|new|more|other|is|are|was|were|be|been|being|has|have|had|will|can|when|where|why|how|what|who|which)$/i;
// Adjectives that judge: a heading that claims one invites "Why?".
const EVALUATIVE =
  /^(?:good|bad|better|worse|best|worst|important|necessary|essential|critical|crucial|vital|key|safer|faster|slower|harder|easier|cheaper|costlier|useful|harmful|dangerous|risky|riskier|needed|required|secure|insecure|broken|obsolete)$/;

/** "Actions taken" -> "What actions were taken?"; "Action required" -> "What action is required?"; "Affected versions" -> "What are the affected versions?". */
export function participleQuestion(heading: string, casing: ArticleCasing): string | undefined {
  const words = heading.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((word) => NOUN.test(word) && !FUNCTION_WORD.test(word))) return undefined;
  const last = (words.at(-1) ?? '').toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  if (STATE_PARTICIPLE.test(last) || DONE_PARTICIPLE.test(last)) {
    const nouns = lowerOpening(words.slice(0, -1).join(' '), casing);
    const plural = isPluralNoun(words.at(-2) ?? '');
    const verb = STATE_PARTICIPLE.test(last) ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
    return `What ${nouns} ${verb} ${last}?`;
  }
  if (STATE_PARTICIPLE.test(first)) {
    const rest = words.slice(1).join(' ');
    return `What ${isPluralNoun(words.at(-1) ?? '') ? 'are' : 'is'} the ${first} ${rest}?`;
  }
  return undefined;
}

/** "Shorter leases are better for tenants" -> "Why are shorter leases better for tenants?"; "Good timing matters" -> "Why does good timing matter?". */
export function claimQuestion(heading: string, casing: ArticleCasing): string | undefined {
  const matters = /^(.+?)\s+(matters?)$/i.exec(heading);
  if (matters) {
    const [, subject = '', verb = ''] = matters;
    return plainSubject(subject) ? `Why ${verb.toLowerCase() === 'matters' ? 'does' : 'do'} ${lowerOpening(subject, casing)} matter?` : undefined;
  }
  const claim = /^(.+?)\s+(is|are)\s+(\p{L}+)(\s.*)?$/iu.exec(heading);
  if (!claim) return undefined;
  const [, subject = '', verb = '', adjective = '', rest = ''] = claim;
  if (!EVALUATIVE.test(adjective.toLowerCase()) || !plainSubject(subject)) return undefined;
  return `Why ${verb.toLowerCase()} ${lowerOpening(subject, casing)} ${adjective.toLowerCase()}${rest}?`;
}

// Gerunds that are mostly nouns in a heading: "Building codes", "Meeting notes", "Funding rounds".
/** A subject a claim can be asked about: a few words, no pronoun that needs the text before it. */
function plainSubject(subject: string): boolean {
  const words = subject.split(/\s+/);
  return words.length <= 6 && !/\b(?:it|this|that|these|those|they|we|our|he|she)\b/i.test(subject);
}

/** Whether a heading's noun is plural: "versions", "lessons", but not "process" or "status". */
function isPluralNoun(word: string): boolean {
  return /[^su]s$/i.test(word) || /^(?:people|children|staff)$/i.test(word);
}
