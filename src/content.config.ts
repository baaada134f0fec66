import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingIdFromPath } from './lib/briefings/paths.ts';
import { briefingSchema } from './lib/briefings/schema.ts';
import { buildPaths } from './site.config.ts';

const briefings = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: buildPaths.briefings,
    generateId: ({ entry }) => briefingIdFromPath(entry),
  }),
  schema: briefingSchema,
});

export const collections = { briefings };
