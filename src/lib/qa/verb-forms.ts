import nlp from 'compromise';
import { memoize } from '../memoize.ts';

type Tense = 'PastTense' | 'PresentTense' | 'Participle';

// Forms no rule or conjugation check recovers.
const IRREGULAR: Record<Tense, Record<string, string>> = {
  PresentTense: { has: 'have', does: 'do', goes: 'go', is: 'be' },
  PastTense: { had: 'have', did: 'do', went: 'go', was: 'be', were: 'be' },
  Participle: { had: 'have', done: 'do', gone: 'go', been: 'be' },
};

/**
 * The forms of a verb's base form, as compromise conjugates it: "take" -> { PastTense: "took",
 * PresentTense: "takes", Participle: "taken" }. A regular verb's participle is its past tense.
 */
export const conjugations = memoize((base: string): Partial<Record<Tense, string>> => {
  const doc = nlp(base);
  doc.tag('Verb');
  const forms = (doc.verbs().conjugate()[0] as Partial<Record<Tense, string>> | undefined) ?? {};
  return forms.PastTense ? { Participle: forms.PastTense, ...forms } : forms;
});

/**
 * compromise's own guess at a verb's base form, read in a short clause so the word is taken as a
 * verb: "they submitted it", or "they are installing it" for a gerund.
 */
const guessedBase = memoize((clause: string): string => {
  const verbs = nlp(`they ${clause} it`).verbs();
  return verbs.found
    ? verbs
        .toInfinitive()
        .text()
        .replace(/^they\s+|\s+it$/g, '')
    : '';
});

/**
 * The base form of a past-tense, third-person present or participle form ("submitted" -> "submit",
 * "identifies" -> "identify", "began" -> "begin", "taken" -> "take"), for questions that need
 * do-support ("did … submit") or the active voice. A base form is accepted only when conjugating it gives back the word, so a wrong guess
 * ("subm") is never used. Undefined when no base form checks out.
 */
export function baseForm(verb: string, tense: Tense): string | undefined {
  const word = verb.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word)) return undefined;
  const irregular = IRREGULAR[tense][word];
  if (irregular) return irregular;
  const guesses = new Set<string>(tense === 'PresentTense' ? presentGuesses(word) : pastGuesses(word));
  guesses.add(guessedBase(word));
  for (const base of guesses) {
    if (base.length >= 2 && base !== word && conjugations(base)[tense] === word) return base;
  }
  return undefined;
}

function pastGuesses(word: string): string[] {
  if (!word.endsWith('ed')) return [];
  const stem = word.slice(0, -2);
  // Most specific first: "identified" -> "identify", "stopped" -> "stop" (not "stoppe"), then "-ed", then "-d".
  const guesses = word.endsWith('ied') ? [`${word.slice(0, -3)}y`] : [];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) guesses.push(stem.slice(0, -1));
  return [...guesses, stem, word.slice(0, -1)];
}

function presentGuesses(word: string): string[] {
  if (!word.endsWith('s')) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  return /(?:ss|sh|ch|x|z|o)es$/.test(word) ? [word.slice(0, -2)] : [word.slice(0, -1)];
}
