/** The addresses the bootstrap loads on demand: the search dialog module and Pagefind's highlighter. */
export interface BootstrapUrls {
  searchDialog: string;
  highlighter: string;
}

/**
 * The only script a page runs before the reader asks for search, inlined into every page (see
 * src/lib/search/page-bootstrap.ts). Ctrl/Cmd+K, "/" or the header's Search link fetch the search
 * dialog module; keys typed while it loads are kept and handed to its field. On the search page
 * the shortcut focuses the page's own field instead. Arriving from a search result
 * (?highlight=…), it fetches Pagefind's highlighter to mark the words. Without JavaScript the
 * Search link simply leads to the search page.
 *
 * It is written into the page as its own source text, so it must not use anything from outside
 * its body: no imports, no module-level names. Modules are loaded through `load`, which the page
 * passes as `(url) => import(url)`: a build tool rewrites an `import()` written here.
 */
export function bootstrapPage(urls: BootstrapUrls, load: (url: string) => Promise<unknown>): void {
  let loading = false;
  const open = (): void => {
    const field = document.getElementById('search-page-input');
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
      return;
    }
    if (loading) return;
    loading = true;
    let typed = '';
    const keep = (event: KeyboardEvent): void => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typed += event.key;
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', keep, true);
    (load(urls.searchDialog) as Promise<{ openSearchDialog: (typed: string) => void }>)
      .then((dialog) => dialog.openSearchDialog(typed))
      .finally(() => {
        document.removeEventListener('keydown', keep, true);
        loading = false;
      });
  };
  const typing = (target: EventTarget | null): boolean =>
    target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('[data-search-trigger]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    open();
  });
  if (new URLSearchParams(location.search).has('highlight')) {
    type Highlighter = new (options: { highlightParam: string; addStyles: boolean; markOptions: { className: string } }) => unknown;
    (load(urls.highlighter) as Promise<{ default: Highlighter }>).then(({ default: Highlight }) => {
      new Highlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight' } });
    });
  }
}
