import { EMBED_HOSTS } from '../../render/rehype-safe-html.ts';

/**
 * The site's Content-Security-Policy, in one place. Every page carries it as a <meta> (Astro's
 * `security.csp`, astro.config.mjs, which adds the hashes of the scripts and styles it inlines);
 * the headers a host should send (README.md, "Headers for the host") are made from it too.
 */
export const PAGE_DIRECTIVES: ReadonlyArray<`${'default-src' | 'img-src' | 'frame-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`> = [
  "default-src 'self'",
  "img-src 'self' data: https:",
  `frame-src ${EMBED_HOSTS.map((host) => `https://${host}`).join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The header for every response: the directives of the page policy that need no per-page hash
 * (scripts and styles stay governed by each page's <meta>), and `frame-ancestors`, which only a
 * header can set.
 */
export const SITE_HEADER_POLICY = [
  ...PAGE_DIRECTIVES.filter((directive) => /^(object-src|base-uri|form-action) /.test(directive)),
  "frame-ancestors 'self'",
].join('; ');

/**
 * The header for SVG files: opened on their own they are documents, and nothing in them may run
 * or load (inline styles only, for drawings that use them).
 */
export const SVG_HEADER_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
