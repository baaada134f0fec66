import { arrowKeyNavigation, SearchView } from './search-view.ts';
import { routes } from '../../routes.ts';
import { t } from '../messages.ts';

let dialog: HTMLDialogElement | undefined;
let view: SearchView | undefined;
let returnFocus: HTMLElement | null = null;

/** The search dialog, built on first use: a field, live results (more on request) and a link to the full search page. */
function buildDialog(): HTMLDialogElement {
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  element.innerHTML = `
    <div class="search-dialog-header">
      <h2 id="search-dialog-title" class="search-dialog-title"></h2>
      <button type="button" class="search-dialog-close" data-close><span class="sr-only"></span></button>
    </div>
    <form role="search" class="search-form">
      <label for="search-dialog-input" class="sr-only"></label>
      <input id="search-dialog-input" type="search" name="q" autocomplete="off" spellcheck="false" />
    </form>
    <p class="search-status" role="status"></p>
    <ol class="search-results"></ol>
    <p class="search-dialog-more"><button type="button" class="search-more" data-more hidden></button><a></a></p>`;
  // The words, from the page's table, go in as text: nothing in them is read as markup.
  element.querySelector('h2')!.textContent = t('search.heading');
  const close = element.querySelector('[data-close]')!;
  close.prepend(t('searchDialog.close'));
  close.querySelector('.sr-only')!.textContent = ` ${t('searchDialog.closeWhat')}`;
  element.querySelector('label')!.textContent = t('searchDialog.field');
  const input = element.querySelector<HTMLInputElement>('input')!;
  input.placeholder = t('searchDialog.field');
  // Ten results at a time, as on the search page: the count says how many there are, and this shows the rest.
  const more = element.querySelector<HTMLButtonElement>('[data-more]')!;
  more.textContent = t('search.more');
  const moreLink = element.querySelector<HTMLAnchorElement>('.search-dialog-more a')!;
  moreLink.href = routes.search();
  moreLink.textContent = t('searchDialog.more');
  document.body.append(element);
  view = new SearchView(
    {
      form: element.querySelector('form')!,
      input,
      status: element.querySelector('.search-status')!,
      results: element.querySelector('.search-results')!,
      more,
    },
    { syncUrl: false, maxSubResults: 0 },
  );
  void view.start();
  arrowKeyNavigation(element, input);
  element.querySelector('[data-close]')?.addEventListener('click', () => element.close());
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close(); // a click on the backdrop
  });
  // Closing a modal dialog gives focus back to where it was at once; this covers a browser that
  // does not. The close event comes later, as a task of its own: by then the reader may have moved
  // on (Escape, then Tab at once), and focus that is somewhere must stay there.
  element.addEventListener('close', () => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || element.contains(focused)) returnFocus?.focus();
  });
  // A search field's own Escape only clears it; in the dialog, one Escape closes.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    element.close();
  });
  input.addEventListener('input', () => {
    moreLink.href = routes.search(input.value.trim());
  });
  return element;
}

/**
 * Opens the search dialog, with any text typed while it loaded; closing it (Escape, Close,
 * backdrop) returns focus to where it was.
 */
export function openSearchDialog(typed = '') {
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input');
  if (!input) return;
  input.focus();
  if (typed) {
    input.value += typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
