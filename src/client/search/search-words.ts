import { routes } from '../../routes.ts';
let loading: Promise<string[]> | undefined;

/** The site's words for spelling suggestions (search-words.json), fetched once, on first need. */
export function loadSearchWords(): Promise<string[]> {
  loading ??= fetch(routes.searchWords())
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return loading;
}
