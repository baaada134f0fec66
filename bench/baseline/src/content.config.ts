import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema: the baseline renders whatever front matter the corpus has.
const briefings = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.BENCH_BRIEFINGS_DIR ?? 'BENCH_BRIEFINGS_DIR is not set' }),
});

export const collections = { briefings };
