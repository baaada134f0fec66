/**
 * The only script on every page: Ctrl/Cmd+K or "/" opens search, as does the header's Search
 * link. The search code itself is fetched the first time it is opened. Without JavaScript the
 * link simply leads to the search page.
 */
function open() {
  const pageInput = document.querySelector<HTMLInputElement>('#search-page-input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  if (loading) return;
  // Keys typed while the search code loads are kept and handed to the search field.
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typed += event.key;
      event.preventDefault();
    }
  };
  document.addEventListener('keydown', keep, true);
  loading = import('./search/search-dialog.ts')
    .then(({ openSearchDialog }) => openSearchDialog(typed))
    .finally(() => {
      document.removeEventListener('keydown', keep, true);
      loading = undefined;
    });
}

let loading: Promise<void> | undefined;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.querySelector('[data-search-trigger]')?.addEventListener('click', (event) => {
  const click = event as MouseEvent;
  if (click.ctrlKey || click.metaKey || click.shiftKey || click.button !== 0) return;
  event.preventDefault();
  open();
});

document.addEventListener('keydown', (event) => {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  event.preventDefault();
  open();
});
