// The words browser code shows, from the page's JSON block of the site's table
// (src/i18n/client-messages.ts), filled in the page's language.
import { CLIENT_MESSAGES_ID, type ClientMessageKey } from '../i18n/client-keys.ts';
import { formatMessage, messageParts } from '../i18n/format.ts';
import type { ParamsFor } from '../i18n/index.ts';
import type { Message, MessageParams } from '../i18n/types.ts';

const lang = document.documentElement.lang || 'en';
const table = JSON.parse(document.getElementById(CLIENT_MESSAGES_ID)?.textContent || '{}') as Partial<Record<ClientMessageKey, Message>>;

/** A message in the page's language; the key itself if the page did not bring the message. */
export function t<Key extends ClientMessageKey>(key: Key, ...[params]: ParamsFor<Key>): string {
  const message = table[key];
  return message === undefined ? key : formatMessage(message, (params ?? {}) as MessageParams, lang);
}

/** A message cut at its placeholders, for code that puts an element where a value goes. */
export function tParts<Key extends ClientMessageKey>(key: Key, ...[params]: ParamsFor<Key> | []): Array<string | { param: string }> {
  return messageParts(table[key] ?? key, (params ?? {}) as MessageParams, lang);
}
