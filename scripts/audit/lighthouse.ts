import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type Result, startFlow } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../tests/kit/chromium.ts';
import type { AuditPage } from './pages.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

/** The kit's flags for Chromium, headless: Lighthouse starts the browser itself. */
export const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/** A Lighthouse audit that kept a category below 100. */
export interface Shortfall {
  category: Category;
  id: string;
  title: string;
  displayValue?: string;
}

/** A request the page made while it was measured. */
export interface LoadedResource {
  url: string;
  resourceType: string;
  transferSize: number;
}

export interface PageResult {
  page: string;
  /** Which of the runs of this page and preset this is (the median by performance score), and of how many. */
  run?: { chosen: number; of: number; performance: Array<number | null> };
  path: string;
  preset: Preset;
  /** How Lighthouse saw the page: a page load, or (for the dialog) the page as it is plus what opening search cost. */
  mode: 'navigation' | 'snapshot + timespan';
  /** 0–100, null where the mode does not measure the category. */
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint and Total Blocking Time in ms; Cumulative Layout Shift unitless. */
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  /** Bytes transferred over the network while measured. */
  transferBytes: number | null;
  shortfalls: Shortfall[];
  resources: LoadedResource[];
  warnings: string[];
}

const configFor = (preset: Preset): Config | undefined => (preset === 'desktop' ? desktopConfig : undefined);

const numeric = (lhr: Result, id: string) => {
  const audit = lhr.audits[id];
  return audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'error' && typeof audit.numericValue === 'number'
    ? audit.numericValue
    : null;
};

/**
 * Why each category below 100 is there: its scored audits that did not pass, heaviest first,
 * and for performance also the insights that found savings.
 */
function shortfallsOf(lhr: Result): Shortfall[] {
  const found: Shortfall[] = [];
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score;
    if (typeof score !== 'number' || score >= 0.995) continue;
    const refs = [...(lhr.categories[category]?.auditRefs ?? [])].sort((a, b) => b.weight - a.weight);
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const counts = ref.weight > 0 || (category === 'performance' && audit.scoreDisplayMode === 'metricSavings' && audit.score < 0.9);
      if (!counts || ['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      found.push({ category, id: ref.id, title: audit.title, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }
  // Blocking time comes from scripts: name the ones that kept the main thread busy.
  if (found.some((shortfall) => shortfall.id === 'total-blocking-time')) {
    const items = (lhr.audits['bootup-time']?.details as { items?: Array<{ url: string; total: number }> } | undefined)?.items ?? [];
    const busiest = [...items].sort((a, b) => b.total - a.total).slice(0, 3);
    if (busiest.length > 0) {
      const shortUrl = (url: string) => (URL.canParse(url) ? new URL(url).pathname : url);
      found.push({
        category: 'performance',
        id: 'bootup-time',
        title: 'Main-thread time by script',
        displayValue: busiest.map((item) => `${shortUrl(item.url)} ${Math.round(item.total)} ms`).join(', '),
      });
    }
  }
  return found;
}

function resourcesOf(lhr: Result): LoadedResource[] {
  const details = lhr.audits['network-requests']?.details as { items?: Array<{ url: string; resourceType?: string; transferSize?: number }> } | undefined;
  return (details?.items ?? []).map((item) => ({ url: item.url, resourceType: item.resourceType ?? 'Other', transferSize: item.transferSize ?? 0 }));
}

function resultOf(page: AuditPage, preset: Preset, lhr: Result): PageResult {
  const score = (category: Category) => {
    const value = lhr.categories[category]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return {
    page: page.name,
    path: page.path,
    preset,
    mode: 'navigation',
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcp: numeric(lhr, 'largest-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbt: numeric(lhr, 'total-blocking-time'),
    transferBytes: numeric(lhr, 'total-byte-weight'),
    shortfalls: shortfallsOf(lhr),
    resources: resourcesOf(lhr),
    warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])],
  };
}

/**
 * Runs an audit `runs` times and keeps the run with the median performance score, as
 * Lighthouse advises for scores that vary from run to run with the machine's load.
 */
export async function medianOf(runs: number, audit: () => Promise<PageResult>): Promise<PageResult> {
  const results: PageResult[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await audit());
  const performance = results.map((result) => result.scores.performance);
  const order = results.map((result, index) => ({ index, score: result.scores.performance ?? -1 })).sort((a, b) => a.score - b.score);
  const chosen = order[Math.floor((order.length - 1) / 2)]?.index ?? 0;
  return { ...results[chosen]!, run: { chosen: chosen + 1, of: runs, performance } };
}

/** A Chromium for Lighthouse to drive, started with chrome-launcher. */
export async function launchChrome(chromePath: string) {
  return chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
}

/** Loads a page with Lighthouse under the mobile or desktop preset. */
export async function auditNavigation(port: number, origin: string, page: AuditPage, preset: Preset): Promise<PageResult> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const run = await lighthouse(new URL(page.path, origin).href, flags, configFor(preset));
  if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  return resultOf(page, preset, run.lhr);
}

/**
 * The search dialog exists only once a reader opens it, so it is measured as a user flow: load
 * the page, open the dialog with the keyboard and search (a timespan: what that loads and how
 * long it blocks), then audit the page with the dialog open (a snapshot: accessibility, best
 * practices, SEO).
 */
export async function auditDialog(port: number, origin: string, page: AuditPage, preset: Preset): Promise<PageResult> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const tab = await browser.newPage();
  try {
    const config = configFor(preset);
    const flow = await startFlow(tab, { ...(config ? { config } : {}), flags: { logLevel: 'error' } });
    await flow.navigate(new URL(page.path, origin).href);
    await flow.startTimespan();
    await tab.keyboard.down('Control');
    await tab.keyboard.press('k');
    await tab.keyboard.up('Control');
    await tab.waitForSelector('dialog[open] input');
    await tab.keyboard.type(page.query ?? '');
    // The limit only stops a hang.
    await tab.waitForSelector('dialog[open] .search-result', { timeout: 120_000 });
    await flow.endTimespan();
    await flow.snapshot();
    const { steps } = await flow.createFlowResult();
    const [, timespan, snapshot] = steps.map((step) => step.lhr);
    if (!timespan || !snapshot) throw new Error('the search dialog flow did not produce a timespan and a snapshot');
    const result = resultOf(page, preset, snapshot);
    const performance = timespan.categories.performance?.score;
    return {
      ...result,
      mode: 'snapshot + timespan',
      scores: { ...result.scores, performance: typeof performance === 'number' ? Math.round(performance * 100) : null },
      cls: numeric(timespan, 'cumulative-layout-shift'),
      tbt: numeric(timespan, 'total-blocking-time'),
      transferBytes: numeric(timespan, 'total-byte-weight'),
      shortfalls: [...result.shortfalls, ...shortfallsOf(timespan).filter((s) => !result.shortfalls.some((r) => r.id === s.id))],
      resources: resourcesOf(timespan),
      warnings: [...result.warnings, ...timespan.runWarnings],
    };
  } finally {
    await tab.close();
    await browser.disconnect();
  }
}
