import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { firstXmlForbidden } from './xml-chars.ts';

/** Where and why a document is not well-formed XML. */
export interface XmlFault {
  line: number;
  reason: string;
}

/**
 * Checks that `xml` is a well-formed XML 1.0 document, as a feed reader or search engine will:
 * no forbidden character (which fast-xml-parser's validator lets through) and well-formed tags.
 */
function xmlFault(xml: string): XmlFault | undefined {
  const forbidden = firstXmlForbidden(xml);
  if (forbidden) return { line: forbidden.line, reason: `the character ${forbidden.codePoint} (column ${forbidden.column}) is not allowed in XML` };
  const result = XMLValidator.validate(xml);
  if (result === true) return undefined;
  return { line: result.err.line, reason: result.err.msg };
}

const parser = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'item' || name === 'url' || name === 'sitemap', parseTagValue: false });

type Node = Record<string, unknown>;
const children = (node: unknown, name: string): unknown[] => {
  const value = node && typeof node === 'object' ? (node as Node)[name] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};
const text = (value: unknown): string[] => (typeof value === 'string' || typeof value === 'number' ? [String(value).trim()] : []);

/** The `<link>` of every `<item>` of an RSS 2.0 feed (a well-formed one: check with `xmlFault` first). */
export function rssItemLinks(xml: string): string[] {
  const document = parser.parse(xml) as Node;
  return children(document, 'rss')
    .flatMap((rss) => children(rss, 'channel'))
    .flatMap((channel) => children(channel, 'item'))
    .flatMap((item) => children(item, 'link').flatMap(text));
}

/** The `<loc>` of every `<url>` of a sitemap (a well-formed one: check with `xmlFault` first). */
export function sitemapLocations(xml: string): string[] {
  const document = parser.parse(xml) as Node;
  return children(document, 'urlset')
    .flatMap((set) => children(set, 'url'))
    .flatMap((url) => children(url, 'loc').flatMap(text));
}

/** A built file that is not well-formed XML (or JSON): its name, the line and the parser's reason. */
export interface MalformedFile extends XmlFault {
  file: string;
  format: 'XML' | 'JSON';
}

/**
 * What `read` finds in the XML document `file`, or, when the document is not well-formed,
 * nothing and the fault: a feed reader or search engine rejects such a file whole.
 */
export function readXml(file: string, xml: string, read: (xml: string) => string[]): { values: string[]; malformed: MalformedFile[] } {
  const fault = xmlFault(xml);
  return fault ? { values: [], malformed: [{ file, format: 'XML', ...fault }] } : { values: read(xml), malformed: [] };
}
