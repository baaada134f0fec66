import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, the browser every test, the audit and the benchmark drive unless told otherwise. */
export const CHROMIUM_PATH_DEFAULT = '/usr/bin/chromium';

/** Where Debian, Ubuntu and Chrome installs put the browser, in the order we try them. */
export const STANDARD_CHROMIUM_PATHS = [CHROMIUM_PATH_DEFAULT, '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

const HOW_TO_GET_IT = 'No Chromium was found: install it (on Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The browser to drive: CHROMIUM_PATH when set, else the first standard path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there. ${HOW_TO_GET_IT}`);
    return env.CHROMIUM_PATH;
  }
  return STANDARD_CHROMIUM_PATHS.find(exists);
}

/**
 * Finds Chromium, installing Debian's package when none is found and this process may run
 * apt-get as root (a fresh CI machine); otherwise fails with one sentence saying how to get it.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) throw new Error(HOW_TO_GET_IT);
  console.log('Chromium not found: installing Debian’s chromium package (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) throw new Error(`\`apt-get ${args.join(' ')}\` failed. ${HOW_TO_GET_IT}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error(HOW_TO_GET_IT);
  return installed;
}

/** Flags for a headless Chromium on a machine with no GPU, no sandbox and no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
