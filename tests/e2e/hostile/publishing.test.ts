import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../../src/build/built-site.ts';
import { expectedBriefings } from '../../../src/integrations/publish.ts';
import { auditSite } from '../../../src/lib/publish/site-audit.ts';
import { site } from '../../../src/site.config.ts';
import { ROOT } from '../support/site.ts';

/**
 * Publishing under faults of the machine: two builds at once, OUT_DIR on another disk or on a
 * read-only one, a full disk, a failed build; and the audit that stops an incomplete site. Disks are tmpfs mounts made by the test (it runs
 * as root, as the test machine does).
 */
const WORK = join(ROOT, '.test-output/hostile-publishing');
const BRIEFINGS = join(WORK, 'briefings');
const BUILD_TIMEOUT = 10 * 60_000;
const mounts: string[] = [];

interface Build {
  status: number | null;
  output: string;
}

function buildEnv(out: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DEV, PROD, MODE, SSR, BASE_URL, BRIEFINGS_DEBUG, DEBUG, ...inherited } = process.env;
  return { ...inherited, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', BRIEFINGS_DIR: BRIEFINGS, OUT_DIR: out, ...extra };
}

/** Runs `astro build` into `out`; `onOutput` sees its output as it comes. */
function build(out: string, extra: NodeJS.ProcessEnv = {}, onOutput: (output: string) => void = () => {}): Promise<Build> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env: buildEnv(out, extra) });
    let output = '';
    const add = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('close', (status) => resolve({ status, output }));
  });
}

function mountTmpfs(dir: string, options: string): void {
  mkdirSync(dir, { recursive: true });
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`these tests mount a tmpfs (as root): ${run.stderr}`);
  mounts.push(dir);
}

/** What the audit finds wrong with the site published at `out` (nothing when it is whole). */
function auditPublished(out: string): string[] {
  return auditSite(expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize }), readBuiltSite(out, site.base));
}

/** Every file of the published site with its bytes, to tell whether anything changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => lstatSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(join(dir, file)).toString('base64')]),
  );
}

/** What is beside `<out>` once a build has ended: the link, its one build, nothing half-written. */
function besideOut(out: string): { builds: string[]; leftovers: string[] } {
  const name = out.split('/').pop() ?? '';
  const parent = join(out, '..');
  return {
    builds: existsSync(`${out}.builds`) ? readdirSync(`${out}.builds`) : [],
    leftovers: readdirSync(parent).filter((entry) => entry.startsWith(`${name}.`) && entry !== `${name}.builds`),
  };
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/sites/basic/briefings'), BRIEFINGS, { recursive: true });
});

afterAll(() => {
  for (const dir of mounts.reverse()) spawnSync('umount', [dir]);
});

describe('publishing holds under faults of the machine', () => {
  it(
    'two builds into one OUT_DIR at once: both succeed, one after the other, and the site is whole',
    async () => {
      const out = join(WORK, 'together/site');
      const [first, second] = await Promise.all([build(out), build(out)]);
      expect(first.status, first.output).toBe(0);
      expect(second.status, second.output).toBe(0);
      expect(auditPublished(out)).toEqual([]);
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      expect(besideOut(out).builds).toHaveLength(1);
      expect(besideOut(out).leftovers).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a build waits for another one publishing to the same folder, saying which process it waits for',
    async () => {
      const out = join(WORK, 'waiting/site');
      mkdirSync(join(WORK, 'waiting'), { recursive: true });
      const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      writeFileSync(`${out}.lock`, `${other.pid}\n`);
      let saidWaiting = false;
      const result = await build(out, {}, (output) => {
        // The other build finishes as soon as this one says it waits for it.
        if (!saidWaiting && output.includes(`Waiting for another build (process ${other.pid}) that is publishing to ${out} to finish`)) {
          saidWaiting = true;
          other.kill('SIGKILL');
        }
      });
      other.kill('SIGKILL');
      expect(saidWaiting, result.output).toBe(true);
      expect(result.status, result.output).toBe(0);
      expect(auditPublished(out)).toEqual([]);
      expect(existsSync(`${out}.lock`)).toBe(false);
    },
    BUILD_TIMEOUT,
  );

  it(
    'OUT_DIR on which a disk is mounted: refused before building, saying to choose a folder inside it',
    async () => {
      const out = join(WORK, 'mounted/site');
      mountTmpfs(out, 'size=8m');
      const result = await build(out);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        `${out} cannot be replaced (it is in use, e.g. a disk mounted there), so the new build was not published. Set OUT_DIR to a folder inside it (e.g. OUT_DIR=${out}/site)`,
      );
      noStackTrace(result.output);
      expect(besideOut(out).builds).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a read-only target: refused, naming the folder and what to do, with no stack trace',
    async () => {
      const disk = join(WORK, 'read-only');
      mountTmpfs(disk, 'ro,size=1m');
      const result = await build(join(disk, 'site'));
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        `${disk} is on a read-only disk, so the site cannot be published to ${join(disk, 'site')}. Set OUT_DIR to a folder on a writable disk`,
      );
      expect(result.output).not.toMatch(/EROFS/);
      noStackTrace(result.output);
    },
    BUILD_TIMEOUT,
  );

  it(
    'OUT_DIR on another disk publishes and replaces the site there; when that disk fills up during a build, the published site stays whole and unchanged and the build’s folder is removed',
    async () => {
      const disk = join(WORK, 'other-disk');
      mountTmpfs(disk, 'size=32m');
      const out = join(disk, 'site');
      for (const attempt of [1, 2]) {
        const result = await build(out);
        expect(result.status, `build ${attempt}: ${result.output}`).toBe(0);
        expect(auditPublished(out)).toEqual([]);
      }
      expect(besideOut(out).builds).toHaveLength(1);
      const before = snapshot(out);
      // Leave less room than a build needs: some of its writes fail, others come out short.
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(join(disk, 'filler'), Buffer.alloc(bavail * bsize - 600 * 1024));
      const result = await build(out);
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain(`The disk holding ${disk} is full, so the site cannot be published to ${out}. Free some space`);
      expect(snapshot(out)).toEqual(before);
      expect(auditPublished(out)).toEqual([]);
      expect(besideOut(out).builds).toHaveLength(1);
      expect(besideOut(out).leftovers).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});

describe('a published site', () => {
  // One site built from the fixture's briefings, for a failed build to leave alone and for the
  // audit to read, whole and damaged.
  const PUBLISHED = join(WORK, 'published/site');
  beforeAll(async () => {
    const result = await build(PUBLISHED);
    expect(result.status, result.output).toBe(0);
  }, BUILD_TIMEOUT);

  it(
    'a failed build prints its problems without a stack trace (unless BRIEFINGS_DEBUG is set) and leaves nothing behind',
    async () => {
      const before = snapshot(PUBLISHED);
      writeFileSync(join(BRIEFINGS, '2025/09/broken.md'), '---\ntitle: Broken\ndate: 2025-09-31\n---\n\nText.\n');
      try {
        const quiet = await build(PUBLISHED);
        expect(quiet.status).not.toBe(0);
        expect(quiet.output).toMatch(/broken\.md:3: `date` "2025-09-31" is not a date that exists/);
        noStackTrace(quiet.output);
        expect(snapshot(PUBLISHED)).toEqual(before);
        expect(besideOut(PUBLISHED).builds).toHaveLength(1);
        expect(besideOut(PUBLISHED).leftovers).toEqual([]);
        const debug = await build(PUBLISHED, { BRIEFINGS_DEBUG: '1' });
        expect(debug.status).not.toBe(0);
        expect(debug.output).toMatch(/Stack trace/);
      } finally {
        rmSync(join(BRIEFINGS, '2025/09/broken.md'));
      }
    },
    BUILD_TIMEOUT,
  );

  it('the audit finds every briefing of the content folder in the built site', () => {
    expect(auditPublished(PUBLISHED)).toEqual([]);
  });

  it('the audit reports a briefing page deliberately dropped from the build, naming its file', () => {
    const damaged = join(WORK, 'damaged');
    cpSync(PUBLISHED, damaged, { recursive: true, dereference: true });
    const expected = expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize });
    const dropped = expected[0];
    if (!dropped) throw new Error('the fixture has no briefings');
    rmSync(join(damaged, dropped.path), { recursive: true });
    expect(auditSite(expected, readBuiltSite(damaged, site.base))).toEqual([`${dropped.file}: no page at ${dropped.path}, expected 1`]);
  });

  it('the audit reports a search index with files cut short, as a writer stopped mid-way leaves them', () => {
    const damaged = join(WORK, 'damaged-search');
    cpSync(PUBLISHED, damaged, { recursive: true, dereference: true });
    const expected = expectedBriefings({ briefings: BRIEFINGS, base: site.base, feedSize: site.feedSize });
    const fragment = readdirSync(join(damaged, 'pagefind/fragment'))[0];
    if (!fragment) throw new Error('the build has no search records');
    writeFileSync(join(damaged, 'pagefind/pagefind-entry.json'), '');
    writeFileSync(join(damaged, 'pagefind/fragment', fragment), readFileSync(join(damaged, 'pagefind/fragment', fragment)).subarray(0, 20));
    const problems = auditSite(expected, readBuiltSite(damaged, site.base));
    expect(problems).toEqual(
      expect.arrayContaining([
        `pagefind/pagefind-entry.json: missing or unreadable, expected ${expected.filter((briefing) => briefing.searchable).length} searchable briefings`,
        'pagefind/pagefind-entry.json: empty, so search would fail',
        `pagefind/fragment/${fragment}: cut short or damaged (unexpected end of file), so search would fail`,
      ]),
    );
    // The cut-short record is missing from the index, so its briefing is reported too.
    expect(problems.some((problem) => / no search record at /.test(problem))).toBe(true);
  });
});
