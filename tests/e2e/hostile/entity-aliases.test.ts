import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/site.ts';

// A malformed entities.yaml (the site's entity aliases, beside the briefings folder): the checker
// and the build both name the file, the line and the fix, and neither prints a stack trace.
const WORK = '.test-output/hostile-entity-aliases';
const MESSAGE = /\.test-output\/hostile-entity-aliases\/entities\.yaml:3: is not valid YAML \(.+\): check this line/;
const STACK_TRACE = /^\s+at .+[:(]/m;

beforeAll(() => {
  rmSync(join(ROOT, WORK), { recursive: true, force: true });
  mkdirSync(join(ROOT, WORK, 'briefings/2025/10'), { recursive: true });
  writeFileSync(join(ROOT, WORK, 'entities.yaml'), 'people:\n  Donald Trump: [Trump\nplaces:\n  Mexico City: [CDMX]\n');
  writeFileSync(
    join(ROOT, WORK, 'briefings/2025/10/bridge.md'),
    '---\ntitle: Bridge to close\ndate: 2025-10-01\n---\n\nDonald Trump spoke about the bridge.\n',
  );
});

describe('a malformed entities.yaml', () => {
  it('npm run check:content names the file and the line, without a stack trace, and fails', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: ROOT,
      env: { ...process.env, BRIEFINGS_DIR: join(WORK, 'briefings') },
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(MESSAGE);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    expect(run.status).toBe(1);
  });

  it('the build says the same, without a stack trace from the aliases, and publishes nothing', () => {
    const outDir = join(WORK, 'site');
    let output = '';
    try {
      buildSite({ briefingsDir: join(WORK, 'briefings'), outDir });
    } catch (error) {
      output = String(error);
    }
    expect(output).toMatch(MESSAGE);
    expect(output).not.toMatch(/EntityAliasesError|parseAliases|aliases\.ts/);
    expect(existsSync(join(ROOT, outDir))).toBe(false);
  });
});
