import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/check-content.ts';
import { buildPathsFor } from '../../../src/site.config.ts';
import { hostileCases } from '../../support/hostile.ts';
import { runCommand } from '../../support/run-command.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** `npm run check:content` with BRIEFINGS_DIR set to `briefingsDir`. */
const check = (briefingsDir: string) => runCommand(checkContent(buildPathsFor(briefingsDir, undefined)));

describe('npm run check:content', async () => {
  it('prints every problem of every bad briefing with its file and line, and fails', async () => {
    const run = await check('tests/fixtures/hostile/refused');
    const cases = hostileCases('refused');
    const errors = cases.flatMap(({ expected }) => expected.filter((pattern) => !pattern.source.includes('warning:')));
    const warnings = cases.flatMap(({ expected }) => expected.filter((pattern) => pattern.source.includes('warning:')));
    const failing = cases.filter(({ expected }) => expected.some((pattern) => !pattern.source.includes('warning:'))).length;
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${errors.length} problems in ${failing} briefings need fixing before the site can be built:$`, 'm'));
    expect(run.stderr).toContain('refused/2025/10/unreadable-qa-block.md:13: "What happens to the buses"');
    expect(run.stderr).toContain('refused/2025/10/impossible-date.md:3: `date` "2025-02-30"');
    expect(run.stdout).toMatch(
      new RegExp(`Checked ${cases.length} briefings in tests/fixtures/hostile/refused in [\\d.]+ s: ${errors.length} errors, ${warnings.length} warnings?\\.`),
    );
  });

  it('passes a good folder, and a warning alone does not fail', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'check-content-'));
    cpSync(join(ROOT, 'content/briefings'), folder, { recursive: true });
    mkdirSync(join(folder, '2099/01'), { recursive: true });
    writeFileSync(join(folder, '2099/01/far-ahead.md'), '---\ntitle: Far ahead\ndate: 2099-01-01\n---\n\nText.\n');
    const run = await check(folder);
    expect(run.stderr).toMatch(/far-ahead\.md:3: warning: `date` is \d+ days in the future/);
    expect(run.stdout).toMatch(/Checked 2 briefings in .+: 0 errors, 1 warning\./);
    expect(run.status).toBe(0);
  });
});
