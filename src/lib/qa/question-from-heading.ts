import nlp from 'compromise';
import { memoize } from '../memoize.ts';
import { claimQuestion, participleQuestion } from './heading-shapes.ts';
import { cleanHeading } from './heading-text.ts';
import { type ArticleCasing, isMarkedName, sentenceCase } from './recase.ts';

/** What a question generator knows about the article around a heading. */
export interface HeadingContext {
  casing: ArticleCasing;
  /** The full name the article gives a surname ("Sheinbaum" -> "Claudia Sheinbaum"). */
  fullName: (surname: string) => string;
  /** The first sentence of the section, for finding who acts in it. */
  leadSentence: string;
  /** What the whole article is about, from its title ("the new release schedule"), when that is clear. */
  subject: () => string | undefined;
}

/** Which rule produced a question; the ranking trusts specific rules more than generic ones. */
export type QuestionKind =
  | 'as-written'
  | 'wh-clause'
  | 'possessive'
  | 'purpose'
  | 'actions'
  | 'addressing'
  | 'definition'
  | 'role'
  | 'cause'
  | 'workings'
  | 'fate'
  | 'where'
  | 'share'
  | 'copula'
  | 'when'
  | 'how-many'
  | 'enables'
  | 'meaning'
  | 'participle'
  | 'claim'
  | 'agent';

export type HeadingQuestion = { question: string; kind: QuestionKind } | { declined: string };

// Headings that frame the article (background, summary): their sentences may answer a question,
// but the heading itself asks nothing.
const FRAMING_HEADING =
  /^(?:background|context|overview|introduction|intro|summary|tl;?dr|in summary|conclusions?|in conclusion|final thoughts|closing thoughts|wrap[- ]up|recap|key takeaways|takeaways|analysis|editor[’']?s note|update|updates)\b/i;
// Headings of the page's furniture (thanks, links, contacts): nothing in them is asked about.
export const FURNITURE_HEADING =
  /^(?:acknowledge?ments?|thanks|thank you|special thanks|credits|resources|references|sources|further reading|additional reading|reading list|learn more|more information|more info|for more information|see also|related|related links|links|footnotes|notes|endnotes|appendix|feedback|contributing|contribute|get involved|contact|contact us|get in touch|about|disclaimer|demo|faq|q&a|questions|comments|discussion)\b/i;

// Words that speak for the author; a reader does not ask "How do we…?" of someone else's article.
const AUTHOR_VOICE = /\b(?:we|our|ours|us|we[’'](?:ll|re|ve|d))\b/i;
// Pronouns that need the text before them; a question must stand on its own.
const UNRESOLVED = /\b(?:it|its|this|that|these|those|they|them|their|he|she|his|her|him)\b/i;

const CREATION = /^(?:formation|creation|establishment|launch|founding|setting up|set-up)\s+of\s+(?:(?:the|a|an)\s+)?(.+)$/i;
const ACTIONS =
  /^((?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+)*?\p{Lu}[\p{L}.’'-]*)\s+((?:\p{Ll}[\p{L}-]*\s+)*?)(?:actions?|measures|steps|moves|operations?|strikes|crackdown|campaign|efforts?)\s+(against|on|over|in|toward|towards|targeting)\s+(.+)$/u;
const ISSUE_WORDS =
  /(?:trafficking|smuggling|crime|violence|migration|corruption|theft|inflation|poverty|crisis|shortages?|unemployment|pollution|drought|flooding|fraud|terrorism|extortion|abuse|debt|deficit|emissions|outbreak|epidemic|homelessness)$/;
// "When…", "Where…" and "Who…" headings are usually scene-setting labels, not questions.
const WH = /^(what|why|how)(?:[’']s)?\s+(.+)$/i;
// Words of a short question that say nothing about what it asks: "What’s next?", "What changed?".
const VAGUE =
  /^(?:what|what[’']s|why|how|is|are|was|were|does|do|did|it|this|that|the|a|an|and|or|next|new|now|current|latest|changing|changed|change|changes|different|else|happened|happens|happening|comes|coming|here|there|up|plan|plans|progress|status|update|updates|roadmap|details|overview|news|i|can|help|start|started|begin|contribute|participate|join|involved|get|should|could)$/i;
const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had)$/i;
// What someone holds or does that a reader asks about by name: "X’s stance on…", "X’s plan for…";
// "X’s July absence" or "X’s house" asks nothing.
const STANCE =
  /^(?:\p{L}+\s+){0,2}?(?:stance|position|view|views|response|reaction|plan|plans|proposal|proposals|strategy|approach|role|decision|demands?|concerns?|goals?|priorities|vision|mission|argument|case|warning|promise|pledge|record|legacy|policy|policies|agenda|answer|offer|bid|reforms?|budget|impact|influence)\b/iu;

/**
 * Turns a section heading into the question a reader would ask of that section, by rules over
 * the heading's words and the article's own names and casing: "Sheinbaum’s Stance on U.S.
 * Military Involvement" -> "What is Claudia Sheinbaum’s stance on U.S. military involvement?".
 * Declines, with the reason, when no rule is confident: a vague question is worse than none.
 */
export function questionFromHeading(heading: string, context: HeadingContext): HeadingQuestion {
  let title = cleanHeading(heading);
  if (!/\p{L}/u.test(title)) return { declined: 'the heading has no words' };
  if (FRAMING_HEADING.test(title) || FURNITURE_HEADING.test(title))
    return { declined: 'the heading names a part of the page (background, resources, thanks), not a topic' };
  const parts = title.split(/:\s+/);
  if (parts.length > 1) {
    const asked = parts.find((part) => part.endsWith('?'));
    if (!asked) return { declined: 'the heading is a label joined to a phrase by a colon' };
    title = asked;
  }
  if (/\d/.test(title) && title.split(/\s+/).length <= 3 && !title.endsWith('?')) return { declined: 'the heading is a number or a date, not a topic' };
  const text = sentenceCase(title, context.casing);
  const voiced = /^why we need (.+)$/i.exec(text);
  if (voiced) return finish(`Why ${isPluralPhrase(voiced[1] ?? '') ? 'are' : 'is'} ${voiced[1]} needed?`, 'wh-clause');
  if (AUTHOR_VOICE.test(text)) return { declined: 'the heading speaks for the author ("we", "our")' };

  if (title.endsWith('?')) return askedAsWritten(text);
  // "How to renew a permit" names a task of several steps, which no one sentence of the section answers.
  if (/^how to\s/i.test(text)) return { declined: 'the heading names a task (“How to …”), and no one sentence can answer it' };

  const wh = WH.exec(text);
  if (wh) return whHeading(wh[0] ?? '', wh[1] ?? '', wh[2] ?? '', context);

  const possessive = /^((?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*)([’'])s\s+(.+)$/u.exec(text);
  if (possessive && !/\band\b/.test(possessive[3] ?? '') && STANCE.test(possessive[3] ?? '')) {
    const [, owner = '', apostrophe = '’', rest = ''] = possessive;
    const verb = isPluralPhrase(rest) ? 'are' : 'is';
    return finish(`What ${verb} ${context.fullName(owner)}${apostrophe}s ${rest}?`, 'possessive');
  }

  const creation = CREATION.exec(text);
  if (creation) return finish(`What is the purpose of ${withArticle(creation[1] ?? '')}?`, 'purpose');

  const actions = ACTIONS.exec(text);
  if (actions) {
    const [, actor = '', modifiers = '', preposition = '', target = ''] = actions;
    return finish(`What ${modifiers}action has ${actorName(actor)} taken ${preposition} ${target}?`, 'actions');
  }

  const issue = text.split(/\s+and\s+/)[0] ?? text;
  if (ISSUE_WORDS.test(issue) && !hasVerb(issue)) {
    const actor = sectionActor(context.leadSentence);
    if (actor) return finish(`How is ${actorName(actor)} addressing ${issue}?`, 'addressing');
  }

  const participle = participleQuestion(text, context.casing);
  if (participle) return finish(participle, 'participle');
  const claim = claimQuestion(text, context.casing);
  if (claim) return finish(claim, 'claim');
  const term = termQuestion(text, context.leadSentence);
  if (term) return finish(term, 'definition');
  return { declined: 'the heading is a topic that does not say what a reader would ask' };
}

/** A heading that already asks: kept, unless it is too vague to stand on its own. */
function askedAsWritten(text: string): HeadingQuestion {
  // "Are your programs affected?" is asked in the reader's voice: "Are my programs affected?". A
  // question to "you" ("Do you have a roadmap?") asks the authors and stays as it is.
  const question = capitalise(/\byour\b/i.test(text) && !/\byou\b/i.test(text) ? text.replace(/\byour\b/gi, 'my') : text);
  const words = question.replace(/\?$/, '').split(/\s+/);
  // "Write synchronous functions?" ends like a question but asks nothing a reader would type.
  if (
    !/^(?:what|what[’']s|why|how|who|whom|whose|when|where|which|is|are|was|were|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had|isn[’']t|aren[’']t|don[’']t|doesn[’']t|won[’']t|can[’']t)$/i.test(
      words[0] ?? '',
    )
  ) {
    return { declined: 'the heading ends with a question mark but does not open as a question' };
  }
  if (words.every((word) => VAGUE.test(word))) {
    // "What’s next for the new schedule?" still asks for whatever the section happens to say first:
    // a reader meets an answer about something else ("The website will be…").
    return { declined: 'the heading’s question is too vague to stand on its own' };
  }
  const asked = finish(question, 'as-written');
  // "What cookies are enabled?", "Are my programs affected?": a short passive that says neither by
  // what nor for what leans on the article around it; in the box it reads as a riddle.
  const last = words.at(-1)?.toLowerCase() ?? '';
  const passive = words.some((word) => /^(?:is|are|was|were|be|been)$/i.test(word)) && /(?:ed|en)$/.test(last);
  if ('question' in asked && words.length <= 5 && passive && !words.slice(1).some((word) => /^\p{Lu}/u.test(word) || isMarkedName(word))) {
    return { declined: 'the heading’s question is a short passive that says neither by what nor for what' };
  }
  return asked;
}

/** "How the deal works" -> "How does the deal work?"; "What’s next" -> "What’s next for the plan?". */
function whHeading(whole: string, wh: string, clause: string, context: HeadingContext): HeadingQuestion {
  const contracted = /^\w+[’']s\s/.test(whole);
  if (contracted || clause.split(/\s+/).length === 1) {
    return askedAsWritten(`${capitalise(wh.toLowerCase())}${contracted ? '’s' : ''} ${clause}?`);
  }
  let resolved = clause;
  if (/^(?:it|this|they)\s/i.test(clause)) {
    const subject = context.subject();
    if (!subject) return { declined: 'the heading’s “it” or “this” needs the article’s subject, and the title gives none' };
    resolved = clause.replace(/^\S+/, subject);
  }
  return finish(whClauseQuestion(wh, resolved), 'wh-clause');
}

/**
 * "Deprecation trials" over a section that opens "Deprecation trials are a…" -> "What are
 * deprecation trials?": a heading that names a term the section's first sentence goes on to say
 * what it is.
 */
function termQuestion(text: string, leadSentence: string): string | undefined {
  const words = text.split(/\s+/);
  if (words.length > 5 || hasVerb(text) || /[?:,;]/.test(text)) return undefined;
  const phrase = text.replace(/^(?:the|a|an)\s+/i, '');
  // A definition names a class and narrows it ("are a licence that…"); "are the first level of defense" only describes.
  const opening = new RegExp(
    `^(?:(?:the|a|an)\\s+)?${escapeRegExp(phrase)}\\s+(is|are)\\s+(?:a|an)\\s+(?:\\S+\\s+){1,4}?(?:that|which|who|where|for|used|designed|built|made)\\b`,
    'i',
  ).exec(leadSentence);
  if (!opening) return undefined;
  const verb = (opening[1] ?? 'is').toLowerCase();
  const article = /^(?:a|an)\s/i.test(leadSentence) ? `${/^an\s/i.test(leadSentence) ? 'an' : 'a'} ` : /^the\s/i.test(leadSentence) ? 'the ' : '';
  return `What ${verb} ${article}${phrase}?`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Checks a finished question once more for what no rule may let through. */
function finish(question: string, kind: QuestionKind): HeadingQuestion {
  const tidy = question.replace(/\s+/g, ' ').replace(/\s+\?$/, '?');
  if (AUTHOR_VOICE.test(tidy)) return { declined: 'the question would speak for the author ("we", "our")' };
  if (UNRESOLVED.test(tidy.replace(/^\S+\s/, ''))) return { declined: 'the question would lean on a pronoun (“it”, “they”) the reader cannot resolve' };
  return { question: tidy, kind };
}

/** "what the study found" -> "What did the study find?": do-support or auxiliary inversion. */
function whClauseQuestion(wh: string, clause: string): string {
  const Wh = capitalise(wh.toLowerCase());
  const words = clause.split(/\s+/);
  if (AUXILIARY.test(words[0] ?? '')) return `${Wh} ${clause}?`;
  // "why the tool doesn't use X" -> "Why doesn't the tool use X?"
  const negated = words.findIndex((word) => /^\p{L}+n[’']t$/u.test(word));
  if (negated > 0) return `${Wh} ${words[negated]?.toLowerCase()} ${words.slice(0, negated).join(' ')} ${words.slice(negated + 1).join(' ')}?`;
  const terms = tagged(clause);
  let verbAt = terms.findIndex((term) => term.tags.includes('Verb') && !term.tags.includes('Gerund'));
  // Title-like clauses ("how the deal works") often get their verb tagged as a plural noun.
  if (verbAt === -1 && terms.length >= 2 && /s$/.test(terms.at(-1)?.text ?? '')) verbAt = terms.length - 1;
  if (verbAt <= 0) return `${Wh} ${clause}?`;
  const verb = terms[verbAt] ?? { text: '', tags: [] };
  const subject = terms
    .slice(0, verbAt)
    .map((t) => t.text)
    .join(' ');
  const rest = terms
    .slice(verbAt + 1)
    .map((t) => t.text)
    .join(' ');
  const tail = rest ? ` ${rest}` : '';
  if (AUXILIARY.test(verb.text) || verb.tags.includes('Copula') || verb.tags.includes('Modal')) {
    return `${Wh} ${verb.text.toLowerCase()} ${subject}${tail}?`;
  }
  const infinitive = toInfinitive(verb.text);
  const doVerb = verb.tags.includes('PastTense') ? 'did' : isPluralSubject(subject) ? 'do' : 'does';
  return `${Wh} ${doVerb} ${subject} ${infinitive}${tail}?`;
}

/** The named actor a section's first sentence starts with ("Mexico has stricter…" -> "Mexico"). */
const sectionActor = memoize((sentence: string): string | undefined => {
  const opening = /^(?:The\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}/u.exec(sentence)?.[0] ?? '';
  if (opening.trim() === '') return undefined;
  const match = nlp(opening).match('^the? (#Place|#Organization|#Country|#Person|#Acronym|#ProperNoun)+');
  const actor = match
    .text()
    .replace(/[,;:]+$/, '')
    .trim();
  return actor === '' ? undefined : actor;
});

/** "U.S." -> "the U.S.", "United Nations" -> "the United Nations", "Mexico" -> "Mexico". */
function actorName(actor: string): string {
  const bare = actor.replace(/^the\s+/i, '');
  return /^(?:\p{Lu}\.?){2,}$|^United\b|^European\b|\b(?:Union|Nations|Department|Ministry|Government|Administration)$/u.test(bare) ? `the ${bare}` : bare;
}

/** Adds "the" before a common noun phrase ("high-level group" -> "the high-level group"), not before names. */
export function withArticle(phrase: string): string {
  if (/^(?:the|a|an|this|these|those|its|their)\s/i.test(phrase)) return phrase;
  if (/^\p{Lu}/u.test(phrase)) return phrase;
  return `the ${phrase}`;
}

type Term = { text: string; tags: string[] };
const tagged = memoize((text: string): Term[] => (nlp(text).json() as Array<{ terms: Term[] }>).flatMap((s) => s.terms));

/** Whether a heading is a clause: it has a finite verb (a gerund such as "trafficking" does not count). */
const hasVerb = memoize((text: string): boolean => tagged(text).some((term) => term.tags.includes('Verb') && !term.tags.includes('Gerund')));

/** Whether a noun is plural; read after "the" so that "plans" is taken as a noun, not a verb. */
const isPlural = memoize((word: string): boolean => /[^s]s$/i.test(word) && nlp(`the ${word}`).has('#Plural'));

/** Whether a noun phrase is plural, judged by its head: the last word before a preposition. */
function isPluralPhrase(phrase: string): boolean {
  const head =
    phrase
      .split(/\s+(?:of|on|in|for|to|with|about|from|by|at)\s+/i)[0]
      ?.split(/\s+/)
      .at(-1) ?? '';
  return /\band\b/.test(phrase.split(/\s+(?:of|on|in|for|to|with)\s+/i)[0] ?? '') || isPlural(head);
}

function isPluralSubject(subject: string): boolean {
  return /^(?:they|we|you|i)$/i.test(subject) || isPluralPhrase(subject);
}

// A lone word is tagged as a verb first: out of context compromise may read "works" as a noun.
const toInfinitive = memoize((verb: string): string => {
  const doc = nlp(verb);
  doc.tag('Verb');
  return doc.verbs().toInfinitive().text() || verb;
});

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
