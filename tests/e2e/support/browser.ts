import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../kit/chromium.ts';

/**
 * A headless Chromium for each test worker, opening pages of one served site (the real one unless
 * a fixture site is named), plus a helper that opens a page and records console
 * errors and failed requests so a test can assert there were none.
 */
export type ServedSite = 'siteURL' | 'basicSiteURL' | 'qaEdgeSiteURL' | 'newsBaseSiteURL' | 'newsroomSiteURL' | 'hostileSiteURL' | 'pseudoLocaleSiteURL';

interface OpenOptions {
  /** false opens the page with JavaScript off. */
  javaScriptEnabled?: boolean;
  /** Runs in the page before any of its own scripts, on every page it loads. */
  initScript?: string;
}

const DESKTOP = { width: 1280, height: 900 };

/** What a page gets back to when it is handed to the next test: the media a new context starts with. */
const FRESH_MEDIA = { media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none', contrast: 'no-preference' } as const;

/** Waits end when the page is ready; the limit only stops a hang on a busy machine. */
const HANG_LIMIT_MS = 120_000;

let launched: Promise<Browser> | undefined;

/**
 * The worker's Chromium, launched for its first test file and kept for the files after it (a
 * worker runs one file at a time); Playwright closes it when the worker exits.
 */
async function workerBrowser(): Promise<Browser> {
  const running = await launched;
  if (running?.isConnected()) return running;
  launched = chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  return launched;
}

/** `site` names a site served by the global setup, or gives the origin of one a test serves itself. */
export function useBrowser(site: ServedSite | (() => string) = 'siteURL') {
  let browser: Browser;
  // A context for each setting of JavaScript, made when first needed.
  const contexts = new Map<boolean, Promise<BrowserContext>>();
  // Pages tests have closed, ready for the next test that asks for the same settings. A new
  // context, or a new page, starts a renderer process, which costs Chromium about three times
  // the CPU of loading a page in one it already has.
  const idle = new Map<string, Page[]>();
  beforeAll(async () => {
    browser = await workerBrowser();
  });
  // The file's pages go with it (and with them what they cached); the browser stays for the next file.
  afterAll(async () => {
    const made = await Promise.all(contexts.values());
    contexts.clear();
    idle.clear();
    await Promise.all(made.map((context) => context.close()));
  });

  function contextFor(javaScriptEnabled: boolean): Promise<BrowserContext> {
    let context = contexts.get(javaScriptEnabled);
    if (!context) {
      context = browser.newContext({ javaScriptEnabled }).then((made) => {
        made.setDefaultTimeout(HANG_LIMIT_MS);
        return made;
      });
      contexts.set(javaScriptEnabled, context);
    }
    return context;
  }

  /** A page with these settings, as a new one would be: the test's size, no emulated media, no listeners. */
  async function pageFor(viewport: { width: number; height: number }, { javaScriptEnabled = true, initScript = '' }: OpenOptions) {
    const key = `${javaScriptEnabled}\n${initScript}`;
    const pool = idle.get(key) ?? [];
    idle.set(key, pool);
    let page = pool.pop();
    if (!page) {
      page = await (await contextFor(javaScriptEnabled)).newPage();
      if (initScript) await page.addInitScript(initScript);
    }
    await page.setViewportSize(viewport);
    const release = async () => {
      if (page.isClosed()) return;
      page.removeAllListeners();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      // Leaving the test's page ends its scripts and requests before the next test listens.
      await page.goto('about:blank');
      await page.emulateMedia(FRESH_MEDIA);
      pool.push(page);
    };
    return { page, release };
  }

  return {
    async open(path: string, viewport = DESKTOP, options: OpenOptions = {}) {
      const { page, release } = await pageFor(viewport, options);
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A request the page itself cancelled by moving on (net::ERR_ABORTED, e.g. search filters still
      // loading when a result is opened on a busy machine) is not a fault of the site.
      page.on('requestfailed', (request) => {
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(new URL(path, typeof site === 'function' ? site() : inject(site)).href);
      return { page, problems, close: release };
    },
  };
}

export type { Page };
