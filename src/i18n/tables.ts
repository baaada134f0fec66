import { en } from './en.ts';
import { pseudoLocale } from './pseudo-locale.ts';
import type { Message } from './types.ts';

/** A key of the table of UI words. */
export type MessageKey = keyof typeof en;

/** A table of UI words: every key English has, each a message (types.ts). A missing key is a type error. */
export type MessageTable = { readonly [Key in MessageKey]: Message };

/**
 * The UI words of each language the site can be built in, by the BCP 47 tag `lang` in
 * src/site.config.ts names. A new language is a table file beside en.ts and one line here.
 */
export const TABLES: Readonly<Record<string, MessageTable>> = {
  en,
  // Every English word accented and bracketed, to see in a built site that no word escaped the table.
  'en-XA': pseudoLocale(en),
};
