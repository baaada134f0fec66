import type { Message, MessageParams } from './types.ts';

/**
 * Fills in a message, for the pages and the browser alike. A plural message takes the form
 * Intl.PluralRules gives `count` in the language; numbers are written by Intl.NumberFormat
 * ("1,250"), strings as they are. No table is imported here, so browser code stays small.
 */
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(lang: string): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

function formatNumber(value: number, lang: string): string {
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

/** The text of a message before its placeholders are filled: the plural form `count` asks for. */
function messageText(message: Message, params: MessageParams, lang: string): string {
  if (typeof message === 'string') return message;
  const count = Number(params.count);
  return message[pluralRules(lang).select(count)] ?? message.other;
}

/** A message's text cut at its placeholders: literal text, and `{ param }` where a value goes. */
export function messageParts(message: Message, params: MessageParams, lang: string): Array<string | { param: string }> {
  const parts: Array<string | { param: string }> = [];
  const text = messageText(message, params, lang);
  let at = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ param: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** A value as a message shows it. */
export function paramText(value: string | number | undefined, lang: string): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

/** A message with its placeholders filled in. */
export function formatMessage(message: Message, params: MessageParams, lang: string): string {
  return messageParts(message, params, lang)
    .map((part) => (typeof part === 'string' ? part : paramText(params[part.param], lang)))
    .join('');
}

/** The names of the placeholders of every form of a message, sorted: what a translation must keep. */
export function placeholderNames(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>(typeof message === 'string' ? [] : ['count']);
  for (const form of forms) for (const match of form.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
}
