import { messages } from './index.ts';
import { CLIENT_MESSAGE_KEYS, type ClientMessageGroup, type ClientMessageKey } from './client-keys.ts';
import type { Message } from './types.ts';

/** The messages of some groups, from the site's table, as the page's JSON block holds them. */
function clientMessages(groups: readonly ClientMessageGroup[]): Partial<Record<ClientMessageKey, Message>> {
  return Object.fromEntries(groups.flatMap((group) => CLIENT_MESSAGE_KEYS[group].map((key) => [key, messages[key]])));
}

/** The block's text: JSON that cannot end the <script> element it sits in. */
export function clientMessagesJson(groups: readonly ClientMessageGroup[]): string {
  return JSON.stringify(clientMessages(groups)).replace(/</g, '\\u003c');
}
