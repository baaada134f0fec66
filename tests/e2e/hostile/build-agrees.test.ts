import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileCases } from '../../support/hostile.ts';
import { buildSite, ROOT } from '../support/site.ts';

// The build and `npm run check:content` must say the same of every file of the hostile corpus.
describe('the build refuses the refused/ corpus with the same messages as the checker', () => {
  it('fails, names every error of every file, and publishes nothing', () => {
    const outDir = '.test-output/hostile-refused';
    let output = '';
    try {
      buildSite({ briefingsDir: join(HOSTILE, 'refused'), outDir });
    } catch (error) {
      output = String(error);
    }
    expect(output).toMatch(/problems? in \d+ briefings? need fixing before the site can be built:/);
    for (const { file, expected } of hostileCases('refused')) {
      for (const pattern of expected) {
        const message = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${pattern.source.replace(/^\^/, '')}`, 'm');
        expect(output).toMatch(message);
      }
    }
    expect(existsSync(join(ROOT, outDir))).toBe(false);
  });
});
