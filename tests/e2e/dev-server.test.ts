import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../kit/build-site.ts';

/**
 * `astro dev`, as an editor runs it: what the pages derive from the content folder (topics,
 * related briefings, entity pages, search filters) follows the folder on the next reload,
 * without restarting the server.
 */
const WORK = mkdtempSync(join(tmpdir(), 'briefings-dev-'));
const BRIEFINGS = join(WORK, 'briefings');

let server: { address: { port: number }; stop(): Promise<void> };
let origin: string;
const saved = { ...process.env };

const page = async (path: string) => {
  const response = await fetch(new URL(path, origin));
  return { status: response.status, html: await response.text() };
};

/**
 * A page once the server has seen the file change: the watcher tells it a moment after the
 * write, as it would before an editor reloads. The limit only stops a hang.
 */
const eventually = (path: string) => expect.poll(() => page(path), { interval: 100, timeout: 120_000 });

const briefing = (title: string, topic: string, day: string) => `---
title: ${title}
date: 2025-11-${day}
author: Desk
topics: [${topic}]
---

The port of Veracruz reopened on Monday after a three-day closure.

## What happened

Inspectors cleared the cargo terminals after the storm.
`;

beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/sites/basic/briefings'), BRIEFINGS, { recursive: true });
  // The site reads its folders from the environment when its configuration loads.
  process.env.BRIEFINGS_DIR = BRIEFINGS;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Astro's dev server serves no pages when it sees it runs under Vitest, and Vitest's own
  // variables would set the site's mode; the server runs here as an editor starts it.
  process.env.NODE_ENV = 'development';
  for (const name of ['VITEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[name];
  const { dev } = await import('astro');
  server = (await dev({ root: ROOT, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } })) as typeof server;
  origin = `http://127.0.0.1:${server.address.port}`;
});

afterAll(async () => {
  await server?.stop();
  // The worker goes on to run other files: the environment goes back to what it was.
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  rmSync(WORK, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('shows a new briefing, its topic and its topic page on the next reload', async () => {
    expect((await page('/topics/')).html).not.toContain('Ports');
    writeFileSync(join(BRIEFINGS, '2025/11/port-reopens.md'), briefing('Veracruz Port Reopens After Storm', 'Ports', '20'));
    await eventually('/topics/').toMatchObject({ html: expect.stringContaining('Ports') });
    expect((await page('/topics/ports/')).html).toContain('Veracruz Port Reopens After Storm');
    expect((await page('/')).html).toContain('Veracruz Port Reopens After Storm');
  });

  it('follows an edited headline everywhere it is listed', async () => {
    writeFileSync(join(BRIEFINGS, '2025/11/port-reopens.md'), briefing('Veracruz Port Opens Its Terminals Again', 'Ports', '20'));
    await eventually('/topics/ports/').toMatchObject({ html: expect.stringContaining('Veracruz Port Opens Its Terminals Again') });
    expect((await page('/')).html).not.toContain('Veracruz Port Reopens After Storm');
  });

  it('fails a page while a briefing is broken, and recovers once it is fixed', async () => {
    writeFileSync(join(BRIEFINGS, '2025/11/port-reopens.md'), briefing('Veracruz Port Opens Its Terminals Again', 'Ports', '31'));
    // The message itself goes to the terminal and Astro's error overlay.
    await eventually('/').toMatchObject({ status: 500 });
    writeFileSync(join(BRIEFINGS, '2025/11/port-reopens.md'), briefing('Veracruz Port Opens Its Terminals Again', 'Ports', '21'));
    await eventually('/').toMatchObject({ status: 200, html: expect.stringContaining('Veracruz Port Opens Its Terminals Again') });
  });

  it('forgets a deleted briefing and its topic', async () => {
    rmSync(join(BRIEFINGS, '2025/11/port-reopens.md'));
    await eventually('/topics/ports/').toMatchObject({ status: 404 });
    expect((await page('/topics/')).html).not.toContain('Ports');
  });
});
