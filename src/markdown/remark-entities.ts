import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { timed } from '../lib/build-timings.ts';
import { extractEntities } from '../lib/entities/extract.ts';
import { entitySourceOf } from '../lib/entities/source.ts';
import type { EntityAliases, EntityKind } from '../lib/entities/types.ts';

/**
 * Finds the people, places and organisations a briefing mentions while its Markdown is parsed,
 * applies the editor's front-matter corrections, and hands the result to the page as `entities`
 * in the rendered metadata, cached with the rendered briefing.
 */
export default function remarkEntities(options: { aliases: EntityAliases }) {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = astro.frontmatter ?? {};
    const entities = timed('render: entities (CPU, all threads)', () =>
      extractEntities(entitySourceOf(tree, String(frontmatter.title ?? '')), options.aliases, {
        add: (frontmatter.entities ?? {}) as Partial<Record<EntityKind, string[]>>,
        exclude: (frontmatter.entitiesExclude ?? []) as string[],
      }),
    );
    astro.frontmatter = { ...frontmatter, entities };
  };
}
