import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { debugging, editorError } from '../../../src/lib/editor-error.ts';
import { acquireBuildLock, LockTimeoutError } from '../../../src/lib/publish/build-lock.ts';
import { type PublishStep, publishBuild, recoverSiteFolder, siteFolder } from '../../../src/lib/publish/site-folder.ts';
import { writeFailureMessage } from '../../../src/lib/publish/write-failure.ts';
import { ROOT } from '../../support/hostile.ts';

const WORK = join(ROOT, '.test-output/publish-swap');
const SITE_FOLDER = pathToFileURL(join(ROOT, 'src/lib/publish/site-folder.ts')).href;
const STEPS: PublishStep[] = ['link made', 'old folder moved aside', 'link in place', 'old builds removed'];

/** A complete little site: its index page says which build it is. */
function writeSite(dir: string, name: string): void {
  mkdirSync(join(dir, 'briefings'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), name);
  writeFileSync(join(dir, 'briefings/index.html'), name);
}

/** What a reader of `<out>` gets now: the name of a whole site, or why there is none. */
function served(out: string): string {
  if (!existsSync(out)) return 'nothing';
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  return readFileSync(join(out, 'briefings/index.html'), 'utf8') === index ? index : 'a half-written site';
}

/** Publishes `build` to `out` in a process of its own that is killed with SIGKILL right after `step`. */
function publishAndKill(out: string, build: string, step: PublishStep): void {
  const script = `
    import { publishBuild, siteFolder } from ${JSON.stringify(SITE_FOLDER)};
    publishBuild(siteFolder(${JSON.stringify(out)}), ${JSON.stringify(build)}, (step) => {
      if (step === ${JSON.stringify(step)}) process.kill(process.pid, 'SIGKILL');
    });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.signal).toBe('SIGKILL');
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('kill -9 at any step of publishing leaves a whole site', () => {
  for (const step of STEPS.filter((s) => s !== 'old folder moved aside')) {
    it(`when <out> is already a link, killed after "${step}": the old or the new site, never nothing`, () => {
      const root = join(WORK, `link-${step.replace(/ /g, '-')}`);
      const out = join(root, 'dist');
      const folder = siteFolder(out);
      mkdirSync(root, { recursive: true });
      // An earlier publish made `dist` a link to the old build.
      writeSite(join(folder.builds, 'old'), 'old');
      publishBuild(folder, join(folder.builds, 'old'));
      expect(lstatSync(out).isSymbolicLink()).toBe(true);
      expect(served(out)).toBe('old');
      writeSite(join(folder.builds, 'new'), 'new');

      publishAndKill(out, join(folder.builds, 'new'), step);
      expect(served(out)).toBe(step === 'link made' ? 'old' : 'new');
      // The next build tidies up and the site is the same.
      recoverSiteFolder(folder);
      expect(served(out)).toBe(step === 'link made' ? 'old' : 'new');
      expect(readdirSync(folder.builds)).toEqual([step === 'link made' ? 'old' : 'new']);
      expect(existsSync(folder.nextLink)).toBe(false);
    });
  }

  for (const step of STEPS) {
    it(`when <out> is still a real folder (the first publish), killed after "${step}": whole again by the next build`, () => {
      const root = join(WORK, `first-${step.replace(/ /g, '-')}`);
      const out = join(root, 'dist');
      const folder = siteFolder(out);
      writeSite(out, 'old');
      writeSite(join(folder.builds, 'new'), 'new');

      publishAndKill(out, join(folder.builds, 'new'), step);
      // The one moment <out> is missing: the real folder has been moved aside, the link not yet put in its place.
      expect(served(out)).toBe({ 'link made': 'old', 'old folder moved aside': 'nothing', 'link in place': 'new', 'old builds removed': 'new' }[step]);
      recoverSiteFolder(folder);
      expect(served(out)).toBe(step === 'link made' ? 'old' : 'new');
    });
  }
});

describe('one build at a time publishes to a folder', () => {
  const lockFile = () => {
    mkdirSync(WORK, { recursive: true });
    const lock = join(WORK, `dist-${Math.random().toString(36).slice(2)}.lock`);
    return lock;
  };

  it('takes over a lock whose build was killed (its process is gone), without waiting', async () => {
    const lock = lockFile();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(lock, gone.stdout);
    const waits: number[] = [];
    const release = await acquireBuildLock(lock, { maxWaitMs: 0, onWait: (pid) => waits.push(pid) });
    expect(waits).toEqual([]);
    expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('waits for a live build, saying which process it is, and fails clearly once it has waited its limit', async () => {
    const lock = lockFile();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(lock, `${other.pid}\n`);
      const waits: number[] = [];
      const attempt = acquireBuildLock(lock, { maxWaitMs: 0, onWait: (pid) => waits.push(pid) });
      await expect(attempt).rejects.toThrow(LockTimeoutError);
      await expect(attempt).rejects.toThrow(
        `Another build (process ${other.pid}) has been publishing to the same folder for over 0 s. Wait for it to finish or stop it; if no build is running, delete ${lock}.`,
      );
      expect(waits).toEqual([other.pid]);
      expect(readFileSync(lock, 'utf8').trim()).toBe(String(other.pid));
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes the lock once the other build has finished', async () => {
    const lock = lockFile();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    writeFileSync(lock, `${other.pid}\n`);
    const waits: number[] = [];
    // The other build ends as soon as this one starts waiting; no wait is timed.
    const release = await acquireBuildLock(lock, {
      maxWaitMs: Number.POSITIVE_INFINITY,
      pollMs: 10,
      onWait: () => {
        waits.push(other.pid ?? 0);
        other.kill('SIGKILL');
      },
    });
    expect(waits).toEqual([other.pid]);
    expect(readFileSync(lock, 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

describe('a folder that cannot be written is said in words', () => {
  const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });

  it('names the folder and what to do for a read-only disk, missing permission, a full disk and a disk mounted on <out>', () => {
    expect(writeFailureMessage(error('EROFS'), '/srv/site', '/srv')).toBe(
      '/srv is on a read-only disk, so the site cannot be published to /srv/site. Set OUT_DIR to a folder on a writable disk (e.g. OUT_DIR=./dist), or mount that disk writable; the site that was there is unchanged.',
    );
    for (const code of ['EACCES', 'EPERM']) {
      expect(writeFailureMessage(error(code), '/srv/site', '/srv')).toBe(
        '/srv cannot be written (permission denied), so the site cannot be published to /srv/site. Set OUT_DIR to a folder this user can write to (e.g. OUT_DIR=./dist), or give this user write permission on /srv; the site that was there is unchanged.',
      );
    }
    expect(writeFailureMessage(error('ENOSPC'), '/srv/site', '/srv')).toMatch(
      /^The disk holding \/srv is full, so the site cannot be published to \/srv\/site\. Free some space/,
    );
    expect(writeFailureMessage(error('EBUSY'), '/srv/site', '/srv')).toMatch(
      /^\/srv\/site cannot be replaced \(it is in use, e\.g\. a disk mounted there\).*Set OUT_DIR to a folder inside it \(e\.g\. OUT_DIR=\/srv\/site\/site\)/,
    );
    expect(writeFailureMessage(error('EINVAL'), '/srv/site', '/srv')).toBeUndefined();
  });

  it('prints no stack trace unless BRIEFINGS_DEBUG or DEBUG is set', () => {
    expect(debugging({})).toBe(false);
    expect(debugging({ BRIEFINGS_DEBUG: '0', DEBUG: '' })).toBe(false);
    expect(debugging({ BRIEFINGS_DEBUG: '1' })).toBe(true);
    expect(debugging({ DEBUG: '1' })).toBe(true);
    const previous = process.env.BRIEFINGS_DEBUG;
    delete process.env.BRIEFINGS_DEBUG;
    try {
      if (!process.env.DEBUG) expect(editorError('fix the date').stack).toBe('');
      process.env.BRIEFINGS_DEBUG = '1';
      expect(editorError('fix the date').stack).toMatch(/^Error: fix the date\n\s+at /);
    } finally {
      if (previous === undefined) delete process.env.BRIEFINGS_DEBUG;
      else process.env.BRIEFINGS_DEBUG = previous;
    }
  });
});
