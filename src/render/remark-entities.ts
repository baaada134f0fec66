import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { timedCpu } from '../lib/build-timings.ts';
import { extractEntities } from '../lib/entities/extract.ts';
import { entitySourceOf } from '../lib/entities/source.ts';
import type { EntityAliases } from '../lib/entities/types.ts';

/**
 * Finds the people, places and organisations a briefing mentions while its Markdown is parsed,
 * applies the editor's front-matter corrections, and hands the result to the page as
 * `file.data.entities`, cached with the rendered briefing.
 */
export default function remarkEntities(options: { aliases: EntityAliases }) {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.frontmatter ?? {};
    file.data.entities = timedCpu('render: entities (CPU, all threads)', () =>
      extractEntities(entitySourceOf(tree, frontmatter.title ?? ''), options.aliases, {
        add: Object.fromEntries(Object.entries(frontmatter.entities ?? {}).filter((entry): entry is [string, string[]] => entry[1] !== undefined)),
        exclude: frontmatter.entitiesExclude ?? [],
      }),
    );
  };
}
