import { contentWords } from './answer.ts';
import type { ArticleSection } from './sections.ts';

/**
 * The titled section a question and answer draw on: the one sharing the most content words with
 * them, words that occur in fewer sections counting more. Undefined when no section shares at
 * least two words, so a pair is never pointed at an unrelated section.
 */
export function matchSection(text: string, sections: readonly ArticleSection[]): ArticleSection | undefined {
  const titled = sections.filter((section) => section.title !== '');
  const wordsOf = titled.map((section) => contentWords(`${section.title} ${section.blocks.join(' ')}`));
  const sectionsWith = new Map<string, number>();
  for (const words of wordsOf) for (const word of words) sectionsWith.set(word, (sectionsWith.get(word) ?? 0) + 1);
  const wanted = contentWords(text);
  let best: { section: ArticleSection; score: number; shared: number } | undefined;
  titled.forEach((section, i) => {
    const shared = [...wanted].filter((word) => wordsOf[i]?.has(word));
    const score = shared.reduce((sum, word) => sum + Math.log(1 + titled.length / (sectionsWith.get(word) ?? 1)), 0);
    if (shared.length >= 2 && (!best || score > best.score)) best = { section, score, shared: shared.length };
  });
  return best?.section;
}
