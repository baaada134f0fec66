import { EMPTY_SEARCH, hasSearch, pagefindOptions, type SearchState, searchStateFromParams, searchStateToParams } from '../../lib/search/search-state.ts';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';
import { t, tParts } from '../messages.ts';
import { queryWords, relaxedSearch, withHighlights } from '../../lib/search/relax-query.ts';
import { suggestQuery } from '../../lib/search/spelling.ts';
import { typedWordsMissing } from '../../lib/search/typed-words-missing.ts';
import { loadSearchWords } from './search-words.ts';
import { resultElement } from './render.ts';

/** The elements a search view drives; filters and sort exist on the search page only. */
export interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  /** Holds the topic checkboxes. */
  topics?: HTMLElement | null;
  /** The single-choice filters (year, month, person, place, organisation), named as the URL names them. */
  selects?: HTMLSelectElement[];
  more?: HTMLButtonElement | null;
  /** Where the active filters are shown as chips that remove them, with "Clear all". */
  chips?: HTMLElement | null;
  /** Shows how many filters are set, beside the folded filters' summary. */
  filterTotal?: HTMLElement | null;
}

/** A filter the reader has set, as its chip shows it. */
interface ActiveFilter {
  /** The choice, as the status line names it ("Mexico", "2025"). */
  value: string;
  /** What the chip's button says to a screen reader ("Remove the filter Topic: Mexico"). */
  name: string;
  clear: () => void;
}

const PAGE_SIZE = 10;
/** Below this many results, the words of the query are checked for spelling slips. */
const FEW_RESULTS = 3;
const FIRST_BATCH = 3;

/**
 * Runs searches as the reader types (debounced), renders results with their matching sections,
 * announces the count, and, on the search page, keeps filters, sort and the URL in step so a
 * search can be shared and survives a reload.
 *
 * The filter choices come with the page, counting every briefing. Pagefind's filter data (a
 * list of briefings per choice, large on a big site) is fetched only after the first results
 * are shown; from then on each search also shows how many of its results each choice holds.
 */
export class SearchView {
  #pagefind: Promise<Pagefind>;
  #state: SearchState = { ...EMPTY_SEARCH };
  #shown = 0;
  #current: Awaited<ReturnType<Pagefind['search']>> | undefined;
  #counting: Promise<void> | undefined;
  #canCount = false;
  /** The words a relaxed search found results for, marked on the pages its results open. */
  #highlight: string[] | undefined;

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
    if (options.syncUrl) {
      // Back to this page: the browser cannot restore a scroll position in results that are not
      // there yet, so the page keeps it, with how many results were shown, and restores both.
      history.scrollRestoration = 'manual';
      addEventListener('pagehide', () => history.replaceState({ ...history.state, searchScroll: scrollY, searchShown: this.#shown }, ''));
    }
  }

  /** Starts from the URL's search (search page): shows it in the form, then runs it. */
  async start(initial: SearchState = this.options.syncUrl ? searchStateFromParams(new URLSearchParams(location.search)) : EMPTY_SEARCH) {
    this.elements.input.value = initial.query;
    this.#showFilters(initial);
    // A choice the page does not offer (an old or hand-made link) is dropped, not searched for invisibly.
    this.#state = { ...initial, ...this.#readFilters() };
    const saved = (history.state ?? {}) as { searchScroll?: number; searchShown?: number };
    this.#syncUrl();
    await this.#run(0);
    if (!this.options.syncUrl || saved.searchScroll === undefined) return;
    while (this.#current && this.#shown < (saved.searchShown ?? 0) && this.#shown < this.#current.results.length) await this.#renderMore();
    scrollTo(0, saved.searchScroll);
  }

  /** Changes the search and runs it, after `wait` ms of quiet when typing. */
  update(change: Partial<SearchState>, wait: number) {
    this.#state = { ...this.#state, ...change };
    this.#syncUrl();
    void this.#run(wait);
  }

  /** Keeps the URL (search page) saying what is searched for, so it can be shared. */
  #syncUrl() {
    this.#showChips();
    if (!this.options.syncUrl) return;
    const params = searchStateToParams(this.#state).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
  }

  /** The filters that are set, read from the form. */
  #activeFilters(): ActiveFilter[] {
    const active: ActiveFilter[] = [];
    for (const box of this.elements.topics?.querySelectorAll<HTMLInputElement>('input[name="topic"]:checked') ?? []) {
      const value = box.dataset.label ?? box.value;
      active.push({ value, name: t('search.filter', { filter: t('search.topic'), value }), clear: () => (box.checked = false) });
    }
    for (const select of this.elements.selects ?? []) {
      const option = select.selectedOptions[0];
      if (!select.value || !option) continue;
      const value = option.dataset.label ?? select.value;
      active.push({ value, name: t('search.filter', { filter: select.dataset.label ?? select.name, value }), clear: () => (select.value = '') });
    }
    return active;
  }

  /** One chip per filter that is set, each removing its filter, and "Clear all". */
  #showChips() {
    const { chips, filterTotal } = this.elements;
    if (!chips) return;
    const active = this.#activeFilters();
    if (filterTotal) filterTotal.textContent = active.length > 0 ? t('search.filtersSet', { count: active.length }) : '';
    const remove = (filters: ActiveFilter[]) => {
      for (const filter of filters) filter.clear();
      this.update(this.#readFilters(), 0);
      (chips.querySelector<HTMLButtonElement>('button') ?? this.elements.input).focus();
    };
    const buttons = active.map((filter) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-chip';
      button.textContent = `${filter.name} `;
      button.setAttribute('aria-label', t('search.removeFilter', { filter: filter.name }));
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = '×';
      button.append(cross);
      button.addEventListener('click', () => remove([filter]));
      return button;
    });
    if (buttons.length > 0) {
      const clearAll = document.createElement('button');
      clearAll.type = 'button';
      clearAll.className = 'search-chip-clear';
      clearAll.textContent = t('search.clearFilters');
      clearAll.addEventListener('click', () => remove(active));
      buttons.push(clearAll);
    }
    chips.replaceChildren(...buttons);
    chips.hidden = buttons.length === 0;
  }

  async #run(wait: number) {
    const pagefind = await this.#pagefind;
    const state = this.#state;
    if (!hasSearch(state)) {
      this.#current = undefined;
      this.elements.results.replaceChildren();
      this.elements.more?.setAttribute('hidden', '');
      this.#showCounts(undefined);
      this.#announce(t(this.#hasFilters() ? 'search.promptWithFilters' : 'search.prompt'));
      return;
    }
    const options = pagefindOptions(state);
    const query = state.query.trim();
    let search = await pagefind.debouncedSearch(query || null, options, wait);
    if (!search || state !== this.#state) return; // a newer search has started
    // A search that found little will offer a spelling: its word list loads while the results are checked.
    if (query && search.results.length < FEW_RESULTS) void loadSearchWords();
    // A question or a long phrase, or a word no briefing holds: search again for the words that
    // can find something.
    let searchedFor = query;
    let relaxedWords: string[] | undefined;
    if (query && !(await holdsEveryWord(query, search.results))) {
      const first = search;
      const relaxed = await relaxedSearch(query, async (term) => {
        const { results } = term === query ? first : await pagefind.search(term, options);
        return (await holdsEveryWord(term, results)) ? results : [];
      });
      if (state !== this.#state) return;
      search = { ...first, results: relaxed.results, filters: {} };
      if (relaxed.relaxed) {
        searchedFor = relaxed.term;
        relaxedWords = queryWords(relaxed.term);
      }
    }
    const count = search.results.length;
    // "Did you mean…?" for a search that found little is worked out while the first results load
    // and written as the list's first item with them: nothing on screen moves when it appears.
    const suggestion = query && count < FEW_RESULTS ? loadSearchWords().then((words) => suggestQuery(query, words)) : Promise.resolve(undefined);
    this.#current = search;
    this.#highlight = relaxedWords;
    this.#shown = 0;
    const suggested = await this.#renderMore(suggestion);
    if (state !== this.#state) return;
    if (this.#canCount) this.#showCounts(relaxedWords ? undefined : search.filters);
    const filters = this.#activeFilters().map((filter) => filter.value);
    const briefings = t('count.briefings', { count });
    const said =
      searchedFor !== query
        ? t('search.relaxed', { query, briefings, words: searchedFor })
        : outcome(count, query, filters.length > 0 ? filterList(filters) : '');
    this.#announce(said, suggested);
    if (this.#hasFilters()) this.#counting ??= this.#startCounting(pagefind);
  }

  /** "Did you mean Sheinbaum?", a button that searches for the suggestion, as the list's first item. */
  #suggestionItem(suggestion: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-suggestion';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-suggestion-button';
    button.textContent = suggestion;
    button.addEventListener('click', () => {
      this.elements.input.value = suggestion;
      this.update({ query: suggestion }, 0);
      this.elements.input.focus();
    });
    item.append(...tParts('search.didYouMean').map((part) => (typeof part === 'string' ? part : button)));
    return item;
  }

  /** Fetches the filter data, then counts the current search's results per choice. */
  async #startCounting(pagefind: Pagefind) {
    await pagefind.filters();
    this.#canCount = true;
    const state = this.#state;
    if (!hasSearch(state)) return;
    const search = await pagefind.search(state.query.trim() || null, pagefindOptions(state));
    if (state === this.#state && !this.#highlight) this.#showCounts(search.filters);
  }

  /**
   * Shows the next page of results. The first few are shown as soon as their data arrives, and
   * only then is the rest of the page fetched, so the first results wait for nothing else. The
   * first page replaces the list, opening it with "Did you mean…?" when `suggestion` gives one;
   * resolves with that suggestion.
   */
  async #renderMore(suggestion: Promise<string | undefined> = Promise.resolve(undefined)): Promise<string | undefined> {
    const search = this.#current;
    if (!search) return undefined;
    const first = this.#shown === 0;
    const next = search.results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const shown = (batch: typeof next) => Promise.all(batch.map(async (result) => this.#withHighlights(await result.data())));
    const [suggested, firstData] = await Promise.all([suggestion, shown(next.slice(0, FIRST_BATCH))]);
    if (search !== this.#current) return undefined;
    const items = firstData.map((item) => resultElement(item, this.options.maxSubResults));
    if (first) this.elements.results.replaceChildren(...(suggested ? [this.#suggestionItem(suggested)] : []), ...items);
    else this.elements.results.append(...items);
    if (next.length > FIRST_BATCH) {
      const restData = await shown(next.slice(FIRST_BATCH));
      if (search !== this.#current) return suggested;
      this.elements.results.append(...restData.map((item) => resultElement(item, this.options.maxSubResults)));
    }
    this.#shown += next.length;
    this.elements.more?.toggleAttribute('hidden', this.#shown >= search.results.length);
    return suggested;
  }

  #withHighlights(data: PagefindResultData): PagefindResultData {
    return this.#highlight ? highlighting(data, this.#highlight) : data;
  }

  /** Announces the outcome; data-search-runs counts finished searches, so tests can wait for one. */
  #announce(text: string, suggestion?: string) {
    this.elements.status.textContent = text;
    // The suggestion is read out with the count; on screen it is the list's first item.
    if (suggestion) {
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = ` ${t('search.didYouMean', { suggestion })}`;
      this.elements.status.append(spoken);
    }
    this.elements.status.dataset.searchRuns = String(Number(this.elements.status.dataset.searchRuns ?? 0) + 1);
  }

  #hasFilters(): boolean {
    return Boolean(this.elements.topics) || (this.elements.selects?.length ?? 0) > 0;
  }

  #readFilters(): Partial<SearchState> {
    if (!this.#hasFilters()) return {};
    const form = new FormData(this.elements.form);
    const chosen = (name: string) => String(form.get(name) ?? '');
    return {
      topics: form.getAll('topic').map(String),
      year: chosen('year'),
      month: chosen('month'),
      person: chosen('person'),
      place: chosen('place'),
      organization: chosen('organization'),
      sort: form.get('sort') === 'newest' ? 'newest' : 'relevance',
    };
  }

  /** Checks and selects what a search asks for. */
  #showFilters(state: SearchState) {
    for (const box of this.elements.topics?.querySelectorAll<HTMLInputElement>('input[name="topic"]') ?? []) box.checked = state.topics.includes(box.value);
    for (const select of this.elements.selects ?? []) {
      const chosen = String(state[select.name as keyof SearchState] ?? '');
      select.value = [...select.options].some((option) => option.value === chosen) ? chosen : '';
    }
    const sort = this.elements.form.querySelector<HTMLInputElement>(`input[name="sort"][value="${state.sort}"]`);
    if (sort) sort.checked = true;
  }

  /** Shows how many briefings each choice would give: among the results, or (no search) in all. */
  #showCounts(filters: Record<string, Record<string, number>> | undefined) {
    const countOf = (name: string, value: string, total: string | undefined) => (filters ? (filters[name]?.[value] ?? 0) : Number(total ?? 0));
    // A choice that would leave no results is shown, but cannot be chosen.
    for (const count of this.elements.form.querySelectorAll<HTMLElement>('[data-filter]')) {
      const [name = '', value = ''] = (count.dataset.filter ?? '').split(/:(.*)/s);
      const n = countOf(name, value, count.dataset.total);
      count.textContent = t('search.choiceCount', { count: n });
      const box = count.closest('label')?.querySelector('input');
      if (box) box.disabled = n === 0 && !box.checked;
    }
    for (const select of this.elements.selects ?? []) {
      for (const option of select.options) {
        if (!option.value) continue;
        const n = countOf(select.name, option.value, option.dataset.total);
        option.text = t('search.choice', { label: option.dataset.label ?? option.value, count: n });
        option.disabled = n === 0 && !option.selected;
      }
    }
    // data-counts-shown counts the times the choices were counted, so tests can wait for them.
    this.elements.form.dataset.countsShown = String(Number(this.elements.form.dataset.countsShown ?? 0) + 1);
  }
}

/**
 * Whether a search's results hold every word of `term`. The index answers a word it does not
 * hold with a shorter one that begins like it ("cars" for "cartel"): the best result's matched
 * words show whether it did. The first results' data starts loading at once, since it is shown next.
 */
async function holdsEveryWord(term: string, results: readonly PagefindResult[]): Promise<boolean> {
  const [best] = results;
  if (!best) return false;
  for (const result of results.slice(1, FIRST_BATCH)) void result.data();
  const data = await best.data();
  return typedWordsMissing(queryWords(term), data.content, data.locations).length === 0;
}

/** What a search found, said with its query and filters, each only if there is one. */
function outcome(count: number, query: string, filters: string): string {
  const briefings = t('count.briefings', { count });
  if (count === 0) {
    if (query && filters) return t('search.noneForIn', { query, filters });
    if (query) return t('search.noneFor', { query });
    return filters ? t('search.noneIn', { filters }) : t('search.none');
  }
  if (query && filters) return t('search.foundForIn', { briefings, query, filters });
  if (query) return t('search.foundFor', { briefings, query });
  return filters ? t('search.foundIn', { briefings, filters }) : t('search.found', { briefings });
}

/** "Mexico, 2025, Energy": the filters that are set, listed the page language's way. */
function filterList(filters: readonly string[]): string {
  return new Intl.ListFormat(document.documentElement.lang || undefined, { type: 'unit', style: 'short' }).format(filters);
}

/** A result whose links mark every word that was searched for, not only the one that found it. */
function highlighting(data: PagefindResultData, words: readonly string[]): PagefindResultData {
  return { ...data, url: withHighlights(data.url, words), sub_results: data.sub_results.map((sub) => ({ ...sub, url: withHighlights(sub.url, words) })) };
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
