import { briefingCount } from '../../lib/briefings/listing.ts';
import { EMPTY_SEARCH, hasSearch, pagefindOptions, type SearchState, searchStateFromParams, searchStateToParams } from '../../lib/search/search-state.ts';
import { loadPagefind, type Pagefind } from './pagefind-client.ts';
import { resultElement } from './render.ts';

/** The elements a search view drives; filters and sort exist on the search page only. */
export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  topics?: HTMLElement | null;
  year?: HTMLSelectElement | null;
  month?: HTMLSelectElement | null;
  /** Person, place and organisation choices. */
  entities?: HTMLSelectElement[];
  more?: HTMLButtonElement | null;
}

const PAGE_SIZE = 10;
const FIRST_BATCH = 3;

/**
 * Runs searches as the reader types (debounced), renders results with their matching sections,
 * announces the count, and, on the search page, keeps filters, sort and the URL in step so a
 * search can be shared and survives a reload.
 */
export class SearchView {
  #pagefind: Promise<Pagefind>;
  #state: SearchState = { ...EMPTY_SEARCH };
  #shown = 0;
  #current: Awaited<ReturnType<Pagefind['search']>> | undefined;

  constructor(
    private readonly elements: SearchElements,
    private readonly options: { syncUrl: boolean; maxSubResults: number },
  ) {
    this.#pagefind = loadPagefind();
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ query: elements.input.value }, 0);
    });
    elements.input.addEventListener('input', () => this.update({ query: elements.input.value }, 250));
    elements.form.addEventListener('change', (event) => {
      if (event.target !== elements.input) this.update(this.#readFilters(), 0);
    });
    elements.more?.addEventListener('click', () => void this.#renderMore());
  }

  /** Starts from the URL's search (search page) and fills in the filter choices with their counts. */
  async start(initial: SearchState = this.options.syncUrl ? searchStateFromParams(new URLSearchParams(location.search)) : EMPTY_SEARCH) {
    this.#state = initial;
    this.elements.input.value = initial.query;
    const pagefind = await this.#pagefind;
    if (this.elements.topics) this.#renderFilterChoices(await pagefind.filters());
    await this.#run(0);
  }

  /** Changes the search and runs it, after `wait` ms of quiet when typing. */
  update(change: Partial<SearchState>, wait: number) {
    this.#state = { ...this.#state, ...change };
    if (this.options.syncUrl) {
      const params = searchStateToParams(this.#state).toString();
      history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    }
    void this.#run(wait);
  }

  async #run(wait: number) {
    const pagefind = await this.#pagefind;
    const state = this.#state;
    if (!hasSearch(state)) {
      this.#current = undefined;
      this.elements.results.replaceChildren();
      this.elements.more?.setAttribute('hidden', '');
      this.#announce('Type a word or choose a filter to search past briefings.');
      return;
    }
    const options = pagefindOptions(state);
    const search = await pagefind.debouncedSearch(state.query.trim() || null, options, wait);
    if (!search || state !== this.#state) return; // a newer search has started
    this.#current = search;
    this.#shown = 0;
    this.elements.results.replaceChildren();
    await this.#renderMore();
    this.#updateCounts(search.filters);
    const count = search.results.length;
    const words = state.query.trim() ? ` for “${state.query.trim()}”` : '';
    this.#announce(count === 0 ? `No briefings found${words}. Try fewer or different words, or remove a filter.` : `${briefingCount(count)} found${words}.`);
  }

  async #renderMore() {
    const search = this.#current;
    if (!search) return;
    const next = search.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const pending = next.map((result) => result.data());
    // The first few results are shown as soon as they arrive; the rest follow them.
    for (const batch of [pending.slice(0, FIRST_BATCH), pending.slice(FIRST_BATCH)]) {
      if (batch.length === 0) continue;
      const data = await Promise.all(batch);
      if (search !== this.#current) return;
      this.elements.results.append(...data.map((item) => resultElement(item, this.options.maxSubResults)));
    }
    this.#shown += next.length;
    this.elements.more?.toggleAttribute('hidden', this.#shown >= search.results.length);
  }

  /** Announces the outcome; data-search-runs counts finished searches, so tests can wait for one. */
  #announce(text: string) {
    this.elements.status.textContent = text;
    this.elements.status.dataset.searchRuns = String(Number(this.elements.status.dataset.searchRuns ?? 0) + 1);
  }

  #readFilters(): Partial<SearchState> {
    const form = new FormData(this.elements.form);
    return {
      topics: form.getAll('topic').map(String),
      year: String(form.get('year') ?? ''),
      month: String(form.get('month') ?? ''),
      person: String(form.get('person') ?? ''),
      place: String(form.get('place') ?? ''),
      organization: String(form.get('organization') ?? ''),
      sort: form.get('sort') === 'newest' ? 'newest' : 'relevance',
    };
  }

  /** Topic checkboxes and year/month choices, each with how many briefings it holds. */
  #renderFilterChoices(filters: Record<string, Record<string, number>>) {
    const { topics, year, month } = this.elements;
    const state = this.#state;
    topics?.replaceChildren(
      ...Object.keys(filters.topic ?? {})
        .sort((a, b) => a.localeCompare(b))
        .map((topic) => {
          const label = document.createElement('label');
          label.className = 'filter-choice';
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = 'topic';
          box.value = topic;
          box.checked = state.topics.includes(topic);
          const count = document.createElement('span');
          count.className = 'filter-count';
          count.dataset.filter = `topic:${topic}`;
          label.append(box, ` ${topic} `, count);
          return label;
        }),
    );
    const selects: Array<[HTMLSelectElement | null | undefined, string, string]> = [
      [year, 'year', state.year],
      [month, 'month', state.month],
      ...(this.elements.entities ?? []).map((select): [HTMLSelectElement, string, string] => [select, select.name, state[select.name as 'person'] ?? '']),
    ];
    for (const [select, name, chosen] of selects) {
      if (!select) continue;
      const any = new Option(ANY[name] ?? 'Any', '');
      const dated = name === 'year' || name === 'month';
      const values = Object.keys(filters[name] ?? {}).sort((a, b) => (dated ? b.localeCompare(a) : a.localeCompare(b)));
      select.replaceChildren(any, ...values.map((value) => new Option(name === 'month' ? monthLabel(value) : value, value)));
      select.value = values.includes(chosen) ? chosen : '';
    }
    const sort = this.elements.form.querySelector<HTMLInputElement>(`input[name="sort"][value="${state.sort}"]`);
    if (sort) sort.checked = true;
    this.#updateCounts(filters);
  }

  /** Shows how many briefings each filter choice would give, without rebuilding the controls. */
  #updateCounts(filters: Record<string, Record<string, number>>) {
    for (const count of this.elements.form.querySelectorAll<HTMLElement>('[data-filter]')) {
      const [name = '', value = ''] = (count.dataset.filter ?? '').split(/:(.*)/s);
      count.textContent = `(${filters[name]?.[value] ?? 0})`;
    }
    for (const select of [this.elements.year, this.elements.month, ...(this.elements.entities ?? [])]) {
      for (const option of select?.options ?? []) {
        if (!option.value) continue;
        const label = option.dataset.label ?? option.text;
        option.dataset.label = label;
        option.text = `${label} (${filters[select?.name ?? '']?.[option.value] ?? 0})`;
      }
    }
  }
}

const ANY: Record<string, string> = { year: 'Any year', month: 'Any month', person: 'Anyone', place: 'Anywhere', organization: 'Any organization' };

function monthLabel(value: string): string {
  const date = new Date(`${value}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(document.documentElement.lang || 'en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Moves focus between the search input and result links with the arrow keys. */
export function arrowKeyNavigation(container: HTMLElement, input: HTMLInputElement) {
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[at + 1] ?? links[0])?.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]?.focus();
  });
}
