import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const KEY = Symbol.for('briefings.search-dialog-file');
const store = globalThis as { [KEY]?: string };

/**
 * The search dialog is loaded only when a reader opens search, by the inline page bootstrap
 * (src/client/page-bootstrap.ts), so no page carries a script for it. This integration
 * makes the client build emit the dialog module as its own entry and records its hashed file
 * name for the pages, which are generated after the client build.
 */
export default function searchDialogIntegration(): AstroIntegration {
  return {
    name: 'briefings:search-dialog',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const entry = fileURLToPath(new URL('src/client/search/search-dialog.ts', config.root));
        const plugin: Plugin = {
          name: 'briefings:search-dialog-entry',
          applyToEnvironment: (environment) => environment.name === 'client',
          buildStart() {
            if (this.environment.mode === 'build') this.emitFile({ type: 'chunk', id: entry, name: 'search-dialog', preserveSignature: 'strict' });
          },
          generateBundle(_, bundle) {
            const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.facadeModuleId === entry);
            if (chunk) store[KEY] = chunk.fileName;
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

/** The site-relative path of the dialog module: its built file, or its source under `astro dev`. */
export function searchDialogPath(dev: boolean): string {
  if (dev) return '/src/client/search/search-dialog.ts';
  const file = store[KEY];
  if (!file) throw new Error('The search dialog module was not built: is the briefings:search-dialog integration in astro.config.mjs?');
  return `/${file}`;
}
