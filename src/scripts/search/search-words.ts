const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<string[]> | undefined;

/** The site's words for spelling suggestions (search-words.json), fetched once, on first need. */
export function loadSearchWords(): Promise<string[]> {
  loading ??= fetch(`${base}search-words.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return loading;
}
