import { site } from '../site.config.ts';
import type { en } from './en.ts';
import { formatMessage } from './format.ts';
import { type MessageKey, type MessageTable, TABLES } from './tables.ts';
import type { MessageParams, ParamsOf } from './types.ts';

export type { MessageKey, MessageTable };

/** The parameters of a message: none, or exactly those its placeholders name. */
export type ParamsFor<Key extends MessageKey> = [ParamsOf<(typeof en)[Key]>] extends [never]
  ? []
  : [params: Readonly<Record<ParamsOf<(typeof en)[Key]>, string | number>>];

/** The table of a language; a language without one is a mistake in the settings, said plainly. */
export function messageTable(lang: string): MessageTable {
  const table = TABLES[lang];
  if (!table)
    throw new Error(`There are no UI words for the language "${lang}" (site.lang in src/site.config.ts); there are for: ${Object.keys(TABLES).join(', ')}.`);
  return table;
}

/** The UI words of the site's language. */
export const messages: MessageTable = messageTable(site.lang);

/** A UI message in the site's language, its placeholders filled: t('count.briefings', { count: 3 }) is "3 briefings". */
export function t<Key extends MessageKey>(key: Key, ...[params]: ParamsFor<Key>): string {
  return formatMessage(messages[key], (params ?? {}) as MessageParams, site.lang);
}

/** "3 briefings", "1 briefing". */
export function briefingCount(count: number): string {
  return t('count.briefings', { count });
}
