import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The published folder `<out>` (e.g. `dist/`) is a symbolic link to one complete build in
 * `<out>.builds/`, beside it. A build is written into a folder of its own there, and publishing
 * it is one atomic step: a new link is made under a temporary name beside `<out>` and renamed
 * over it. Whatever stops the build (an error, a full disk, kill -9), `<out>` points at a whole
 * site: the old one or the new one. Every rename is between siblings, so on one disk.
 */
export interface SiteFolder {
  /** The folder readers are served from, as configured (OUT_DIR). */
  out: string;
  /** Where each build is written, one folder per build: `<out>.builds/`. */
  builds: string;
  /** The new link, before it is renamed over `<out>`: `<out>.link`. */
  nextLink: string;
  /** Held while a build stages and publishes: `<out>.lock`. */
  lock: string;
}

export function siteFolder(out: string): SiteFolder {
  const absolute = resolve(out).replace(/\/+$/, '');
  return { out: absolute, builds: `${absolute}.builds`, nextLink: `${absolute}.link`, lock: `${absolute}.lock` };
}

/** The steps of publishing, in order; a test can stop the process after any of them. */
export type PublishStep = 'link made' | 'old folder moved aside' | 'link in place' | 'old builds removed';

/** The build `<out>` points at now, as a path; undefined when `<out>` is not such a link. */
function liveBuild(folder: SiteFolder): string | undefined {
  try {
    return resolve(dirname(folder.out), readlinkSync(folder.out));
  } catch {
    return undefined;
  }
}

/** A new, empty folder in `<out>.builds/` for a build to be written into. */
export function newBuildFolder(folder: SiteFolder, now = new Date()): string {
  mkdirSync(folder.builds, { recursive: true });
  const build = join(folder.builds, `${now.toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(build);
  return build;
}

/**
 * Makes `<out>` point at `build` in one rename. The first time, when `<out>` is still a real
 * folder from before builds were kept this way, that folder is first moved into `<out>.builds/`:
 * between that rename and the next `<out>` does not exist (the only such moment, once);
 * `recoverSiteFolder` completes the step if the process is stopped there.
 */
export function publishBuild(folder: SiteFolder, build: string, after: (step: PublishStep) => void = () => {}): void {
  rmSync(folder.nextLink, { force: true });
  symlinkSync(join(`${basename(folder.out)}.builds`, basename(build)), folder.nextLink, 'dir');
  after('link made');
  if (isRealFolder(folder.out)) {
    renameSync(folder.out, join(folder.builds, `before-${basename(build)}`));
    after('old folder moved aside');
  }
  renameSync(folder.nextLink, folder.out);
  after('link in place');
  removeOldBuilds(folder);
  after('old builds removed');
}

/**
 * Run before a build, with the lock held: finishes a publish that was stopped between moving
 * an old real folder aside and putting the link in place, then removes what stopped builds
 * left behind (their folders in `<out>.builds/`, a link not yet renamed, the `<out>.next` and
 * `<out>.previous` folders of earlier versions).
 */
export function recoverSiteFolder(folder: SiteFolder): void {
  if (!exists(folder.out) && exists(folder.nextLink) && liveTarget(folder.nextLink)) renameSync(folder.nextLink, folder.out);
  rmSync(folder.nextLink, { force: true });
  rmSync(`${folder.out}.next`, { recursive: true, force: true });
  rmSync(`${folder.out}.previous`, { recursive: true, force: true });
  removeOldBuilds(folder);
}

/** Removes every build in `<out>.builds/` but the one `<out>` points at. */
function removeOldBuilds(folder: SiteFolder): void {
  const live = liveBuild(folder);
  let entries: string[];
  try {
    entries = readdirSync(folder.builds);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder.builds, entry);
    if (path !== live) rmSync(path, { recursive: true, force: true });
  }
}

/** Whether `<out>` is a folder with a disk of its own mounted on it: it cannot be renamed or replaced. */
export function isMountPoint(folder: SiteFolder): boolean {
  try {
    return isRealFolder(folder.out) && lstatSync(folder.out).dev !== lstatSync(dirname(folder.out)).dev;
  } catch {
    return false;
  }
}

function isRealFolder(path: string): boolean {
  try {
    const stats = lstatSync(path);
    return stats.isDirectory() && !stats.isSymbolicLink();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function liveTarget(link: string): boolean {
  try {
    return lstatSync(resolve(dirname(link), readlinkSync(link))).isDirectory();
  } catch {
    return false;
  }
}
