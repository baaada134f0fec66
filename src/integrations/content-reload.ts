import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

/**
 * Under `astro dev`, saving, adding or deleting a briefing (or the entity aliases) reloads the
 * page in the editor's browser with the change: the pages' data follows the content folder
 * (src/site/load-site.ts), and this clears what Astro keeps of each route's paths and props,
 * which it otherwise forgets only when a source module changes.
 */
export default function contentReloadIntegration(options: { briefings: string; entityAliases: string }): AstroIntegration {
  const folder = resolve(options.briefings);
  const aliases = resolve(options.entityAliases);
  const isContent = (path: string) => path === aliases || path === folder || path.startsWith(folder + sep);
  return {
    name: 'briefings:content-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.add([folder, aliases]);
        const changed = (path: string) => {
          if (!isContent(resolve(path))) return;
          for (const environment of Object.values(server.environments)) {
            // Astro's own signal that content changed: each server environment drops its route cache.
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
        };
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
