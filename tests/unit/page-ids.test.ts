import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LAYOUT_IDS } from '../../src/lib/page-ids.ts';
import { ROOT } from '../support/hostile.ts';

it('LAYOUT_IDS lists every fixed id the layout, components, pages and scripts write', () => {
  const written = new Set<string>();
  for (const folder of ['src/layouts', 'src/components', 'src/pages', 'src/client']) {
    for (const name of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(astro|ts)$/.test(name)) continue;
      for (const match of readFileSync(join(ROOT, folder, name), 'utf8').matchAll(/\bid="([^"{}$]+)"/g)) written.add(match[1] as string);
    }
  }
  expect([...written].filter((id) => !LAYOUT_IDS.includes(id))).toEqual([]);
});
