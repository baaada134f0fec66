import { gzipSync } from 'node:zlib';
import { loadSite } from '../site/load-site.ts';
import { ENTITY_KINDS } from '../lib/entities/types.ts';
import { searchVocabulary } from '../lib/search/spelling.ts';

/** The largest the word list may be, compressed as hosts send it: it loads only for a search that found little. */
const MAX_GZIP_BYTES = 30 * 1024;

/**
 * The words search can suggest for a misspelt query ("Did you mean Sheinbaum?"): names of
 * people, places, organisations and topics, then the briefings' most used words, trimmed until
 * the compressed file fits MAX_GZIP_BYTES.
 */
export async function GET() {
  const { briefings, entities, topics } = await loadSite();
  const names = [...ENTITY_KINDS.flatMap((kind) => entities[kind].map((entry) => entry.name)), ...topics.map(({ topic }) => topic.label)];
  const texts = briefings.map((briefing) => `${briefing.title}\n${briefing.body}`);
  let words = searchVocabulary(texts, names, 12_000);
  let body = JSON.stringify(words);
  while (gzipSync(body).length > MAX_GZIP_BYTES) {
    words = words.slice(0, Math.floor(words.length * 0.85));
    body = JSON.stringify(words);
  }
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
