import type { Message } from './types.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter,
  ]),
);

/** "Latest" as "⟦Ļàţéšţ⟧": readable, yet no English word survives; {placeholders} are kept. */
export function pseudoText(text: string): string {
  const accented = text.split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)));
  return `⟦${accented.join('')}⟧`;
}

/**
 * A pseudo-language made from a table: every message accented and bracketed, every plural form
 * kept. Building the site with it shows any word a page writes without the table.
 */
export function pseudoLocale<Table extends Record<string, Message>>(table: Table): { [Key in keyof Table]: Message } {
  const convert = (message: Message): Message =>
    typeof message === 'string'
      ? pseudoText(message)
      : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, pseudoText(text)])) as Message);
  return Object.fromEntries(Object.entries(table).map(([key, message]) => [key, convert(message)])) as { [Key in keyof Table]: Message };
}
