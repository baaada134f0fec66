// The filter box of the people, places and organisations lists. Without scripts the box stays
// hidden and the pages are plain lists. With them, typing narrows every name of the kind (all
// pages, from names.json, loaded once when the reader first uses the box) to those that hold
// what was typed; the page's own list and its pages step aside until the box is empty again.
import { type EntityName, filterNames } from '../lib/entities/name-filter.ts';
import type { EntityKind } from '../lib/entities/types.ts';
import { t } from './messages.ts';

/** Names shown at once, as many as one page of the list. */
const SHOWN = 200;
/** The count is announced once typing pauses, not at every key. */
const ANNOUNCE_AFTER_MS = 500;

const form = document.querySelector<HTMLElement>('[data-entity-filter]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const status = form?.querySelector<HTMLElement>('[data-entity-filter-status]');
const results = document.querySelector<HTMLUListElement>('[data-entity-filter-results]');
const pageList = document.querySelector<HTMLElement>('[data-entity-page]');

if (form && input && status && results && pageList) {
  const { names: namesUrl = '', base = '/', order, kinds = '' } = form.dataset;
  const kind = (form.dataset.kind ?? 'people') as EntityKind;
  let names: Promise<EntityName[]> | undefined;
  let announce: ReturnType<typeof setTimeout> | undefined;

  const load = () => {
    names ??= fetch(namesUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${namesUrl}: HTTP ${response.status}`);
      const list = (await response.json()) as EntityName[];
      return order === 'a-z' ? [...list].sort((a, b) => a[0].localeCompare(b[0], document.documentElement.lang || undefined)) : list;
    });
    return names;
  };

  const say = (text: string) => {
    clearTimeout(announce);
    announce = setTimeout(() => {
      status.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  };

  const row = ([name, count, slug]: EntityName) => {
    const item = document.createElement('li');
    const label = document.createElement(slug ? 'a' : 'span');
    label.textContent = name;
    if (slug && label instanceof HTMLAnchorElement) label.href = `${base}${slug}/`;
    const counted = document.createElement('span');
    counted.className = 'count';
    counted.textContent = t('count.briefings', { count });
    item.append(label, ' ', counted);
    return item;
  };

  const showPage = () => {
    results.hidden = true;
    results.replaceChildren();
    pageList.hidden = false;
  };

  const update = async () => {
    const query = input.value.trim();
    if (!query) {
      showPage();
      say('');
      return;
    }
    let list: EntityName[];
    try {
      list = await load();
    } catch {
      names = undefined;
      showPage();
      say(t('entityFilter.loadFailed', { kinds }));
      return;
    }
    // A later keystroke may have changed the box while the names loaded.
    if (input.value.trim() !== query) return;
    const { shown, total } = filterNames(list, query, SHOWN);
    results.replaceChildren(...shown.map(row));
    results.hidden = total === 0;
    pageList.hidden = true;
    if (total === 0) say(t('entityFilter.none', { kinds, query }));
    else if (total > shown.length) say(t('entityFilter.some', { shown: shown.length, total, kinds, query }));
    else say(t('entityFilter.all', { count: total, names: t(`entities.${kind}.count`, { count: total }), query }));
  };

  form.hidden = false;
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void update());
  // A filter the browser kept when the reader comes back to the page.
  if (input.value.trim()) void update();
}
