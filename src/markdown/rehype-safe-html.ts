import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportRenderProblem } from './render-problems.ts';

/** Hosts whose players may be embedded with <iframe>; any other iframe is removed. */
export const EMBED_HOSTS = ['www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com', 'www.openstreetmap.org', 'datawrapper.dwcdn.net'];

/**
 * What HTML written in a briefing may contain: GitHub's safe set (no script, no event handlers,
 * no javascript: or data: URLs), plus figures, captions, time, mark, abbr and allow-listed
 * embeds. Ids and classes are kept as written so editors' own anchors keep working.
 */
export const safeHtmlSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'abbr', 'mark', 'cite', 'small', 'time', 'caption', 'iframe'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'lang', 'dir', 'title'],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'loading'],
    time: ['dateTime'],
    abbr: ['title'],
    iframe: ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * Makes the HTML of a briefing safe before anything else reads it: raw HTML is parsed (only when
 * there is some), anything outside safeHtmlSchema and any iframe from another host is removed,
 * and the editor is told, in a warning naming the file and line, what was removed and why
 * (see render-problems.ts).
 */
export default function rehypeSafeHtml() {
  return (tree: Root, file: VFile) => {
    let root: Root = tree;
    // Elements parsed from raw HTML carry no position; their raw source still knows its line.
    const rawSources: Array<{ line: number; html: string }> = [];
    visit(root, 'raw', (node: { value: string; position?: { start: { line: number } } }) => {
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
      const removed = (what: string) => reportRenderProblem(file, { line, severity: 'warning', message: `removed ${what}` });
      if (node.tagName === 'iframe' && !isAllowedEmbed(String(node.properties.src ?? ''))) {
        removed(`<iframe src="${String(node.properties.src ?? '')}">: only players from ${EMBED_HOSTS.join(', ')} can be embedded`);
        if (parent && index !== undefined) parent.children.splice(index, 1);
        return index;
      }
      if (!(safeHtmlSchema.tagNames ?? []).includes(node.tagName)) {
        const runs = ['script', 'style', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base'].includes(node.tagName);
        removed(`<${node.tagName}>: ${runs ? 'it could run code or change the page, so it is never allowed' : 'this element is not allowed in briefings'}`);
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) removed(`${name.toLowerCase()}="…" on <${node.tagName}>: event handlers run code`);
        else if ((name === 'href' || name === 'src') && UNSAFE_URL.test(String(value))) removed(`${name}="${String(value).slice(0, 40)}" on <${node.tagName}>: such links run code`);
      }
      return undefined;
    });
    const clean = sanitize(root, safeHtmlSchema) as Root;
    tree.children = clean.children;
  };
}

function isAllowedEmbed(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && EMBED_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}
