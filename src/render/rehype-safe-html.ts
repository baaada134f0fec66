import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import { imagePathProblem } from '../lib/briefings/image-path.ts';
import { BODY_ID_PREFIX } from '../lib/page-ids.ts';
import type { VFile } from 'vfile';
import { reportProblem } from './render-data.ts';

/** Hosts whose players may be embedded with <iframe>; any other iframe is removed. */
export const EMBED_HOSTS = ['www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com', 'www.openstreetmap.org', 'datawrapper.dwcdn.net'];

/**
 * Elements removed together with everything inside them: their content is code (`<style>`,
 * `<script>`), hidden or fallback text (`<noscript>`, `<template>`, `<textarea>`, `<title>`), or
 * another language (`<svg>`, `<math>`), which the page would otherwise show as stray text.
 */
const REMOVED_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'svg',
  'math',
  'object',
  'embed',
  'applet',
  'select',
  'head',
];

/**
 * What HTML written in a briefing may contain: GitHub's safe set (no script, no event handlers,
 * no javascript: or data: URLs), plus figures, captions, time, mark, abbr and allow-listed
 * embeds. Classes are kept as written; ids are prefixed and names dropped (links within the body follow
 * them, rehype-body-ids.ts).
 */
const safeHtmlSchema: Schema = {
  ...defaultSchema,
  strip: REMOVED_WITH_CONTENT,
  // Ids written in HTML get `user-content-`, so `<img id="addEventListener">` cannot replace
  // document.addEventListener and `id="main"` cannot repeat the page's own id.
  clobberPrefix: BODY_ID_PREFIX,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'abbr', 'mark', 'cite', 'small', 'time', 'caption', 'iframe'],
  attributes: {
    ...defaultSchema.attributes,
    // `name` is obsolete on everything a briefing may hold (forms are not allowed), so it is dropped.
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'name'), 'className', 'id', 'lang', 'dir', 'title'],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'loading'],
    time: ['dateTime'],
    abbr: ['title'],
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;

/** Browsers ignore tabs, line breaks and control characters in a scheme (`jav&#x09;ascript:`). */
function isUnsafeUrl(value: unknown): boolean {
  return value !== undefined && value !== null && UNSAFE_URL.test(String(value).replace(/[\u0000-\u0020]/g, ''));
}

/**
 * Makes the HTML of a briefing safe before anything else reads it: raw HTML is parsed (only when
 * there is some), anything outside safeHtmlSchema and any iframe from another host is removed,
 * and the editor is told, in a warning naming the file and line, what was removed and why
 * (see render-data.ts).
 */
export default function rehypeSafeHtml() {
  return (tree: Root, file: VFile) => {
    let root: Root = tree;
    // Elements parsed from raw HTML carry no position; their raw source still knows its line.
    const rawSources: Array<{ line: number; html: string }> = [];
    visit(root, 'raw', (node) => {
      rawSources.push({ line: node.position?.start.line ?? 0, html: node.value.toLowerCase() });
    });
    if (rawSources.length > 0) root = raw(root, { file }) as Root;
    const lineOf = (node: Element) => {
      if (node.position) return node.position.start.line;
      const candidates = rawSources.filter((source) => source.line > 0 && source.html.includes(`<${node.tagName}`));
      const url = String(node.properties.src ?? node.properties.href ?? '').toLowerCase();
      return (candidates.find((source) => url !== '' && source.html.includes(url)) ?? candidates[0])?.line;
    };
    visit(root, 'element', (node: Element, index, parent) => {
      const line = lineOf(node);
      const removed = (what: string) => reportProblem(file, { line, severity: 'warning', message: `removed ${what}` });
      if (node.tagName === 'iframe' && !isAllowedEmbed(String(node.properties.src ?? ''))) {
        removed(`<iframe src="${String(node.properties.src ?? '')}">: only players from ${EMBED_HOSTS.join(', ')} can be embedded`);
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return index;
      }
      if (!(safeHtmlSchema.tagNames ?? []).includes(node.tagName)) {
        const runs = ['script', 'style', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base'].includes(node.tagName);
        removed(`<${node.tagName}>: ${runs ? 'it could run code or change the page, so it is never allowed' : 'this element is not allowed in briefings'}`);
        // What these hold is code, hidden text or drawing instructions: left out with them, never shown as text.
        if (REMOVED_WITH_CONTENT.includes(node.tagName) && parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      if (node.tagName === 'img' && isUnsafeUrl(node.properties.src)) {
        // A picture is only ever a site path or an https: address (image-path.ts): an error, like a Markdown picture.
        reportProblem(file, {
          line,
          severity: 'error',
          message: imagePathProblem(String(node.properties.src)) ?? 'is not a picture address the site can publish',
        });
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return index;
      }
      // Browsers read a backslash as a slash: `\\host/x` or `/\host/x` leads to another site, as
      // `//host/x` does. Published as the address it leads to, so it is treated as the link to
      // another site it is (rel="noopener noreferrer"), and the editor is told.
      const href = node.properties.href;
      if (typeof href === 'string' && /^\s*[\\/]{2}/.test(href) && href.includes('\\')) {
        const address = `https://${href.trim().replace(/\\/g, '/').replace(/^\/+/, '')}`;
        reportProblem(file, {
          line,
          severity: 'warning',
          message: `the link "${href.slice(0, 40)}" leads to ${address.slice(0, 60)} (browsers read its backslashes as slashes): it is published so; write it with https:// if that is what you meant, or fix it`,
        });
        node.properties.href = address;
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) removed(`${name.toLowerCase()}="…" on <${node.tagName}>: event handlers run code`);
        else if ((name === 'href' || name === 'src') && isUnsafeUrl(value))
          removed(`${name}="${String(value).slice(0, 40)}" on <${node.tagName}>: such links run code`);
        else if ((name === 'href' || name === 'src') && !schemeAllowed(name, String(value))) {
          removed(
            `${name}="${String(value).slice(0, 40)}" on <${node.tagName}>: only ${(safeHtmlSchema.protocols?.[name] ?? []).join(', ')} addresses (and site paths) are published`,
          );
        }
      }
      return undefined;
    });
    const clean = sanitize(root, safeHtmlSchema) as Root;
    tree.children = clean.children;
  };
}

/** Whether the sanitiser keeps this address: no scheme (a site path or #anchor), or an allowed one. */
function schemeAllowed(name: 'href' | 'src', value: string): boolean {
  const colon = value.indexOf(':');
  const firstOther = value.search(/[/?#]/);
  if (colon === -1 || (firstOther !== -1 && firstOther < colon)) return true;
  return (safeHtmlSchema.protocols?.[name] ?? []).includes(value.slice(0, colon).toLowerCase());
}

function isAllowedEmbed(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}
