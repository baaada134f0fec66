import { type Browser, chromium } from 'playwright-core';
import type { SearchQuery } from '../corpus/search-queries.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/kit/chromium.ts';
import { serveFolder, type ServedFolder, type Transfer } from '../../tests/kit/serve-folder.ts';
import { median } from './median.ts';

// What the site's search page offers to drive it: the input, the results list, and the
// status line that counts finished searches (so a run can wait until search is ready).
const SEARCH_PAGE = '/search/';
const SEARCH_INPUT = '#search-page-input';
const SEARCH_RESULTS = '#search-results';
const SEARCH_READY = '#search-status[data-search-runs]';
const WAIT_MS = 30_000;
/** The network counts as quiet once nothing has been sent for this long. */
const QUIET_MS = 1_000;
/** Each query is timed this many times (a fresh page each time) and the median reported. */
const RUNS = 3;

/** One query, typed on a freshly opened search page with an empty browser cache. */
export interface SearchMeasurement extends SearchQuery {
  /** Result items shown by the first render. */
  resultsShown: number;
  /** Body bytes (gzip where the host compresses) of everything requested from opening the page until the first results were shown. */
  transferBytes: number;
  /** Of those, the bytes requested after the query was submitted (index chunks, result fragments). */
  queryTransferBytes: number;
  /** Bytes requested once the results were shown, until the network was quiet (filter data for the counts). */
  afterResultsBytes: number;
  requests: number;
  /** From submitting the query to the frame that shows its results, in the page's clock: the median of the runs. */
  renderMs: number;
  /** Every run's time, each on a freshly opened page with an empty cache. */
  renderRunsMs: number[];
  error?: string | undefined;
}

/** What a reader downloads to open one briefing page, by kind (body bytes, gzip for text). */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

/** Serves the built site and measures each query and the weight of one briefing page in headless Chromium. */
export async function measureSiteInBrowser(
  siteDir: string,
  queries: readonly SearchQuery[],
  briefingPath: string,
): Promise<{ search: SearchMeasurement[]; briefingPage: PageWeight }> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium was found for the search measurements: install it (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH.');
  const site = await serveFolder(siteDir);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const search: SearchMeasurement[] = [];
    for (const query of queries) search.push(await measureQueryRuns(browser, site, query));
    return { search, briefingPage: await measurePage(browser, site, briefingPath) };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function measureQueryRuns(browser: Browser, site: ServedFolder, query: SearchQuery): Promise<SearchMeasurement> {
  const runs: SearchRun[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await measureQuery(browser, site, query);
    if (result.error) return { ...result, renderRunsMs: runs.map((earlier) => earlier.renderMs) };
    runs.push(result);
  }
  const times = runs.map((run) => run.renderMs);
  // Bytes do not change from run to run; report the first run's.
  return { ...(runs[0] as SearchRun), renderMs: median(times), renderRunsMs: times };
}

type SearchRun = Omit<SearchMeasurement, 'renderRunsMs'>;

async function measureQuery(browser: Browser, site: ServedFolder, query: SearchQuery): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    site.takeTransfers();
    await page.goto(new URL(SEARCH_PAGE, site.url).href);
    await page.waitForSelector(SEARCH_READY, { state: 'attached', timeout: WAIT_MS });
    // How many times the page has counted its filter choices (data-counts-shown) before this query.
    const countsBefore = await page.evaluate((input) => Number(document.querySelector<HTMLInputElement>(input)?.form?.dataset.countsShown ?? 0), SEARCH_INPUT);
    // Both clocks as milliseconds since the epoch: the page says when it submitted and when it put
    // the results in the list, the server when each request came in, so bytes fall on the right
    // side. (A request's end, or the frame's, would not do: on a busy machine the frame that shows
    // the results can come after the filter data that the page asked for only once they were shown.)
    const rendered = await page.evaluate(
      ({ query, input, results, waitMs }) =>
        new Promise<{ renderMs: number; shown: number; submittedAt: number; shownAt: number } | { error: string }>((resolve) => {
          const field = document.querySelector<HTMLInputElement>(input);
          const list = document.querySelector(results);
          if (!field?.form || !list) return resolve({ error: `the search page has no ${field ? results : input}` });
          const timer = setTimeout(() => resolve({ error: `no results rendered within ${waitMs} ms` }), waitMs);
          const observer = new MutationObserver(() => {
            if (!list.firstElementChild) return;
            observer.disconnect();
            const shownAt = performance.timeOrigin + performance.now();
            requestAnimationFrame(() => {
              clearTimeout(timer);
              const end = performance.now();
              resolve({
                renderMs: end - start,
                shown: list.children.length,
                submittedAt: performance.timeOrigin + start,
                shownAt,
              });
            });
          });
          observer.observe(list, { childList: true });
          const start = performance.now();
          field.value = query;
          field.form.requestSubmit();
        }),
      { query: query.query, input: SEARCH_INPUT, results: SEARCH_RESULTS, waitMs: WAIT_MS },
    );
    // The filter counts follow the results, with their own requests: wait until the page has shown
    // them (on a busy machine that can take longer than any quiet spell), then for the network to settle.
    if (!('error' in rendered))
      await page
        .waitForFunction(
          ([input, before]) => Number(document.querySelector<HTMLInputElement>(input as string)?.form?.dataset.countsShown ?? 0) > Number(before),
          [SEARCH_INPUT, countsBefore] as const,
          { timeout: WAIT_MS },
        )
        .catch(() => undefined);
    const all = await transfersUntilQuiet(site);
    const requested = (transfer: Transfer) => performance.timeOrigin + transfer.requestedAt;
    const shownAt = 'error' in rendered ? Number.POSITIVE_INFINITY : rendered.shownAt;
    const submittedAt = 'error' in rendered ? Number.NEGATIVE_INFINITY : rendered.submittedAt;
    const transfers = all.filter((transfer) => requested(transfer) < shownAt);
    const afterSubmit = transfers.filter((transfer) => requested(transfer) >= submittedAt);
    const afterResults = all.filter((transfer) => requested(transfer) >= shownAt);
    const common = {
      ...query,
      transferBytes: sum(transfers),
      queryTransferBytes: sum(afterSubmit),
      afterResultsBytes: sum(afterResults),
      requests: transfers.length,
    };
    if ('error' in rendered) return { ...common, resultsShown: 0, renderMs: Number.NaN, error: rendered.error };
    return { ...common, resultsShown: rendered.shown, renderMs: rendered.renderMs };
  } catch (error) {
    return {
      ...query,
      resultsShown: 0,
      transferBytes: 0,
      queryTransferBytes: 0,
      afterResultsBytes: 0,
      requests: 0,
      renderMs: Number.NaN,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  } finally {
    await context.close();
  }
}

async function measurePage(browser: Browser, site: ServedFolder, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    site.takeTransfers();
    const response = await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`the briefing page ${path} answered ${response?.status() ?? 'nothing'}`);
    const transfers = site.takeTransfers();
    const of = (pattern: RegExp) => sum(transfers.filter((transfer) => pattern.test(transfer.contentType)));
    const html = of(/^text\/html/);
    const css = of(/^text\/css/);
    const js = of(/javascript/);
    const total = sum(transfers);
    return { path, html, css, js, other: total - html - css - js, total, requests: transfers.length };
  } finally {
    await context.close();
  }
}

/** Every response so far and any that follow, until none has finished for QUIET_MS (at most WAIT_MS). */
async function transfersUntilQuiet(site: ServedFolder): Promise<Transfer[]> {
  const transfers = site.takeTransfers();
  const started = performance.now();
  let quietSince = performance.now();
  while (performance.now() - quietSince < QUIET_MS && performance.now() - started < WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const more = site.takeTransfers();
    if (more.length > 0) {
      transfers.push(...more);
      quietSince = performance.now();
    }
  }
  return transfers;
}

function sum(transfers: readonly Transfer[]): number {
  return transfers.reduce((total, transfer) => total + transfer.bytes, 0);
}
