import { createHash } from 'node:crypto';

/**
 * The only script a page runs before the reader asks for search: a few hundred bytes, inline
 * (no request), allowed by its hash in the Content-Security-Policy. Ctrl/Cmd+K, "/" or the
 * header's Search link fetch the search dialog module; keys typed while it loads are kept and
 * handed to its field. On the search page the shortcut focuses the page's own field instead.
 * Arriving from a search result (?highlight=…), it fetches Pagefind's highlighter to mark the
 * words. Without JavaScript the Search link simply leads to the search page.
 */
export function pageBootstrap(urls: { searchDialog: string; highlighter: string }): string {
  return `(() => {
  const dialogUrl = ${JSON.stringify(urls.searchDialog)};
  let loading = false;
  const open = () => {
    const field = document.getElementById('search-page-input');
    if (field) { field.focus(); field.select(); return; }
    if (loading) return;
    loading = true;
    let typed = '';
    const keep = (event) => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) { typed += event.key; event.preventDefault(); }
    };
    document.addEventListener('keydown', keep, true);
    import(dialogUrl)
      .then((dialog) => dialog.openSearchDialog(typed))
      .finally(() => { document.removeEventListener('keydown', keep, true); loading = false; });
  };
  const typing = (target) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
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
    import(${JSON.stringify(urls.highlighter)}).then(({ default: Highlight }) => {
      new Highlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight' } });
    });
  }
})();`;
}

/** The CSP source expression that allows exactly this script: 'sha256-…'. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
