/** The site's base path as the browser code addresses files under it, always ending in "/". */
export const siteBase = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
