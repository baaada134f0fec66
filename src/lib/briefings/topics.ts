import { nameSlug } from './paths.ts';

/** A topic as pages use it: a URL-safe slug and the label readers see. */
export interface Topic {
  slug: string;
  label: string;
}

/**
 * Normalises the `topics` an editor wrote: trims, collapses spaces, derives a lower-case ASCII slug,
 * and drops later duplicates (same slug), keeping the editor's order. A label written in
 * lower-case slug style ("drug-cartels") is shown title-cased ("Drug Cartels"); any label with
 * a capital letter is kept as written ("U.S. Politics").
 */
export function normalizeTopics(topics: readonly string[]): Topic[] {
  const seen = new Set<string>();
  const result: Topic[] = [];
  for (const raw of topics) {
    const text = raw.trim().replace(/\s+/g, ' ');
    const slug = nameSlug(text);
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    result.push({ slug, label: topicLabel(text) });
  }
  return result;
}

function topicLabel(text: string): string {
  if (/\p{Lu}/u.test(text)) return text;
  return text
    .replace(/[-_]+/g, ' ')
    .trim()
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
