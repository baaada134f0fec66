/**
 * Ids the page layout itself gives elements of a briefing page (src/layouts, src/components,
 * src/pages, src/client). A briefing's body is rendered inside that page, so an id of its own
 * that equals one of these would repeat it, and links, labels and scripts would find the wrong
 * element: such a body id is renamed (rehype-body-ids.ts).
 */
/** The id of a briefing's Key Questions and Answers section, which its contents and its FAQPage data point at. */
export const KEY_QUESTIONS_ID = 'key-questions-and-answers';

/** The id of the page's JSON block of interface messages, which the browser code reads. */
export const CLIENT_MESSAGES_ID = 'ui-messages';

/** The start of every Key Questions heading's id (`q-what-happened`), so no id of the body may start with it. */
export const QUESTION_ID_PREFIX = 'q-';

export const LAYOUT_IDS: readonly string[] = [
  'main',
  'site-menu',
  'briefing-title',
  'related-title',
  'in-this-briefing-title',
  KEY_QUESTIONS_ID,
  'key-questions-title',
  'search-dialog-title',
  'search-dialog-input',
  'search-page-input',
  'search-status',
  'search-results',
  'entity-filter-input',
  'entity-filter-hint',
  'entity-filter-results',
  CLIENT_MESSAGES_ID,
];

/** Whether an id of a briefing's body would meet one of the page's own: a layout id or a Key Questions heading's. */
export function isPageId(id: string): boolean {
  return LAYOUT_IDS.includes(id) || id.startsWith(QUESTION_ID_PREFIX);
}

/** The prefix of ids written in a briefing's HTML (hast-util-sanitize's clobber prefix). */
export const BODY_ID_PREFIX = 'user-content-';
