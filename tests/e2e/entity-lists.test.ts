import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { axeViolations, describeViolations } from './audit/support/axe.ts';
import { type Page, useBrowser } from './support/browser.ts';
import { buildSite, ROOT, serveSite } from './support/site.ts';

// The people, places and organisations lists: most mentioned first and A–Z, the A–Z bar, the
// filter box (with and without scripts) and pages of at most site.entityListPageSize names.
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const VIEWPORTS = [
  { name: 'phone 375px', size: PHONE },
  { name: 'desktop 1280px', size: DESKTOP },
];

/** Each row of the visible list as "name|count|link", link being the href or "-" when the name has no page. */
async function rows(page: Page, list = 'main [data-entity-page] .entity-index') {
  return page
    .locator(`${list} li`)
    .evaluateAll((items) =>
      items.map(
        (li) =>
          `${li.firstElementChild?.textContent?.trim()}|${li.querySelector('.count')?.textContent?.trim()}|${li.querySelector('a')?.getAttribute('href') ?? '-'}`,
      ),
    );
}

/** Whether the element's top is within the viewport: a jump to an anchor brought it into view. */
async function inView(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });
}

/** The page is no wider than the screen (nothing to scroll sideways). */
async function fitsTheScreen(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('entity lists on the newsroom fixture site (30 places, only Chiapas in two briefings)', () => {
  const browser = useBrowser('newsroomSiteURL');

  it.each(VIEWPORTS)('at $name: most mentioned first, each with its count, only names with a page linked', async ({ size }) => {
    const { page, problems, close } = await browser.open('/places/', size);
    const list = await rows(page);
    expect(list).toHaveLength(30);
    expect(list[0]).toBe('Chiapas|2 briefings|/places/chiapas/');
    // The rest are in one briefing each, so A–Z and without a page.
    expect(list.slice(1).every((row) => /\|1 briefing\|-$/.test(row))).toBe(true);
    const names = list.slice(1).map((row) => row.split('|')[0]!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // One page: no pagination, no rel=prev/next.
    await expect(page.locator('.pagination').count()).resolves.toBe(0);
    await expect(page.locator('link[rel="next"], link[rel="prev"]').count()).resolves.toBe(0);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('an entity only one briefing mentions has no page; one in two does', async () => {
    const { page, close } = await browser.open('/places/chiapas/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Chiapas');
    await expect(page.locator('main .briefing-card-title').count()).resolves.toBe(2);
    const response = await page.goto(new URL('/places/oaxaca/', page.url()).href);
    expect(response?.status()).toBe(404);
    await close();
  });

  it.each(VIEWPORTS)('at $name: the A–Z bar links each letter that has names to where it starts on the A–Z page, and marks the rest', async ({ size }) => {
    const { page, problems, close } = await browser.open('/places/', size);
    const bar = page.getByRole('navigation', { name: 'Places by first letter' });
    const links = await bar.getByRole('link').evaluateAll((anchors) => anchors.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links.map(([letter]) => letter)).toEqual(['B', 'C', 'E', 'G', 'H', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'S', 'T', 'V', 'Y']);
    expect(links.every(([letter, href]) => href === `/places/a-z/#letter-${letter?.toLowerCase()}`)).toBe(true);
    // Letters no place starts with are there, not links, and say so to a screen reader.
    await expect(bar.locator('.letter-empty').first().textContent()).resolves.toMatch(/^A\s*: none$/);
    await Promise.all([page.waitForURL('**/places/a-z/#letter-t'), bar.getByRole('link', { name: 'T', exact: true }).click()]);
    await expect(page.locator('#letter-t').textContent()).resolves.toMatch(/^T/);
    expect(await inView(page, '#letter-t')).toBe(true);
    const underT = await page.locator('section:has(#letter-t) li > :first-child').allTextContents();
    expect(underT).toEqual(['Tabasco', 'Tamaulipas', 'Tijuana', 'Tucson']);
    await expect(page.getByRole('link', { name: 'A–Z' }).getAttribute('aria-current')).resolves.toBe('page');
    expect(await fitsTheScreen(page)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(VIEWPORTS)('at $name: the filter box narrows the list as you type, ignoring accents, and announces how many match', async ({ size }) => {
    const { page, problems, close } = await browser.open('/places/', size);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const box = page.getByRole('searchbox', { name: 'Filter places by name' });
    await expect(box.isVisible()).resolves.toBe(true);
    // The names load only once the reader uses the box.
    expect(requested).not.toContain('/places/names.json');
    await box.pressSequentially('ch');
    const status = page.getByRole('status').filter({ hasText: /match/ });
    await expect(status.textContent()).resolves.toBe('3 places match “ch”.');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    expect(await rows(page, '#entity-filter-results')).toEqual(['Chiapas|2 briefings|/places/chiapas/', 'Campeche|1 briefing|-', 'Michoacán|1 briefing|-']);
    await expect(page.locator('[data-entity-page]').isVisible()).resolves.toBe(false);
    expect(page.url()).toMatch(/\/places\/$/);

    await box.fill('queretaro');
    await page.getByRole('status').filter({ hasText: '1 place matches “queretaro”.' }).waitFor();
    expect(await rows(page, '#entity-filter-results')).toEqual(['Querétaro|1 briefing|-']);

    await box.fill('zzz');
    await page.getByRole('status').filter({ hasText: 'No places match “zzz”.' }).waitFor();
    await expect(page.locator('#entity-filter-results').isVisible()).resolves.toBe(false);

    await box.fill('');
    await expect(page.locator('[data-entity-page]').isVisible()).resolves.toBe(true);
    expect(await rows(page)).toHaveLength(30);
    expect(requested.filter((path) => path === '/places/names.json')).toHaveLength(1);
    expect(await fitsTheScreen(page)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(VIEWPORTS)('at $name: with the filter showing names, axe finds no WCAG 2.2 A/AA violation in light or dark', async ({ name, size }) => {
    const { page, close } = await browser.open('/places/', size);
    await page.getByRole('searchbox', { name: 'Filter places by name' }).fill('ch');
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...describeViolations(`filtered places, ${colorScheme}, ${name}`, await axeViolations(page)));
    }
    expect(found, found.join('\n')).toEqual([]);
    await close();
  });

  it.each(VIEWPORTS)('at $name without JavaScript: no filter box, and the list and the A–Z bar still work', async ({ size }) => {
    const { page, problems, close } = await browser.open('/places/', size, { javaScriptEnabled: false });
    await expect(page.locator('[data-entity-filter]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
    expect(await rows(page)).toHaveLength(30);
    await Promise.all([
      page.waitForURL('**/places/a-z/#letter-m'),
      page.getByRole('navigation', { name: 'Places by first letter' }).getByRole('link', { name: 'M', exact: true }).click(),
    ]);
    expect(await inView(page, '#letter-m')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('with no names of a kind, the page says so and offers no filter', async () => {
    const { page, close } = await browser.open('/people/');
    await expect(page.getByText('No briefing mentions any people yet.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('searchbox').count()).resolves.toBe(0);
    await close();
  });
});

// A site with more people than fit on one page: 231 people added in the front matter of 14
// briefings; the first 10 in all 14, the next 20 in two, the rest in one.
const FIRST_NAMES = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elena',
  'Fabio',
  'Gloria',
  'Hugo',
  'Irene',
  'Jorge',
  'Karla',
  'Luis',
  'Marta',
  'Nicolás',
  'Olga',
  'Pablo',
  'Quique',
  'Rosa',
  'Sergio',
  'Teresa',
  'Úrsula',
  'Víctor',
  'Zoe',
];
const SURNAMES = ['Álvarez', 'Benítez', 'Castro', 'Domínguez', 'Estrada', 'Flores', 'García', 'Herrera', 'Ibarra', 'Juárez'];
const PEOPLE = ['Aarón Ortiz', ...FIRST_NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`))];
const BRIEFINGS = 14;
const briefingsOf = (index: number) => (index < 10 ? BRIEFINGS : index < 30 ? 2 : 1);
const MANY = join(ROOT, '.test-output/entity-lists-many');

function writeManyNamesSite() {
  rmSync(MANY, { recursive: true, force: true });
  const folder = join(MANY, 'briefings/2025/10');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(MANY, 'entities.yaml'), 'people: {}\nplaces: {}\norganizations: {}\n');
  for (let day = 1; day <= BRIEFINGS; day += 1) {
    const people = PEOPLE.filter((_, index) => (briefingsOf(index) === 1 ? index % BRIEFINGS === day - 1 : day <= briefingsOf(index)));
    const names = people.map((name) => `    - ${name}`).join('\n');
    writeFileSync(
      join(folder, `budget-hearing-${day}.md`),
      `---\ntitle: "Budget hearing, day ${day}"\ndate: 2025-10-${String(day).padStart(2, '0')}\nentities:\n  people:\n${names}\n---\nThe committee heard witnesses on the budget for the coming year. The hearing resumes tomorrow.\n`,
    );
  }
}

describe(`entity lists in pages of ${site.entityListPageSize}`, () => {
  let served: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    writeManyNamesSite();
    served = await serveSite(buildSite({ briefingsDir: join(MANY, 'briefings'), outDir: '.test-output/entity-lists-many/site' }));
  });
  afterAll(async () => {
    await served?.close();
  });
  const browser = useBrowser(() => served!.url);

  it('every person is listed once, most mentioned first, in pages of at most 200 linked by rel=prev/next', async () => {
    expect(site.entityListPageSize).toBe(200);
    const { page, problems, close } = await browser.open('/people/');
    const first = await rows(page);
    expect(first).toHaveLength(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('People, page 1 of 2');
    await expect(page.locator('head link[rel="next"]').getAttribute('href')).resolves.toBe('/people/page/2/');
    const pages = page.getByRole('navigation', { name: 'Pages of people' });
    await expect(pages.locator('a[rel="next"]').textContent()).resolves.toMatch(/^\s*Next →\s*$/);
    await Promise.all([page.waitForURL('**/people/page/2/'), pages.locator('a[rel="next"]').click()]);
    const second = await rows(page);
    expect(second).toHaveLength(PEOPLE.length - 200);
    await expect(page.locator('head link[rel="prev"]').getAttribute('href')).resolves.toBe('/people/');
    await expect(page.locator('head link[rel="next"]').count()).resolves.toBe(0);
    await expect(pages.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).resolves.toBe('page');

    const all = [...first, ...second];
    expect(new Set(all.map((row) => row.split('|')[0])).size).toBe(PEOPLE.length);
    const counts = all.map((row) => Number(row.split('|')[1]!.split(' ')[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.filter((count) => count === BRIEFINGS)).toHaveLength(10);
    // Only the 30 in two or more briefings have a page.
    expect(all.filter((row) => !row.endsWith('|-'))).toHaveLength(30);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(VIEWPORTS)('at $name: the A–Z bar leads to the A–Z page where a letter starts, even on the next page', async ({ size }) => {
    const { page, problems, close } = await browser.open('/people/page/2/', size);
    const bar = page.getByRole('navigation', { name: 'People by first letter' });
    await expect(bar.getByRole('link', { name: 'A', exact: true }).getAttribute('href')).resolves.toBe('/people/a-z/#letter-a');
    await expect(bar.getByRole('link', { name: 'Z', exact: true }).getAttribute('href')).resolves.toBe('/people/a-z/page/2/#letter-z');
    await Promise.all([page.waitForURL('**/people/a-z/page/2/#letter-z'), bar.getByRole('link', { name: 'Z', exact: true }).click()]);
    expect(await inView(page, '#letter-z')).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('People A–Z, page 2 of 2');
    // 1 + 19 × 10 names fill page 1 up to Teresa's ninth; her tenth opens page 2, marked as continued.
    const headings = await page.locator('.letter-heading').allTextContents();
    expect(headings.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['T (continued)', 'U', 'V', 'Z']);
    await expect(page.locator('section:has(#letter-z) li > :first-child').first().textContent()).resolves.toBe('Zoe Álvarez');
    const pages = page.getByRole('navigation', { name: 'Pages of people A–Z' });
    await expect(pages.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe('/people/a-z/');
    expect(await fitsTheScreen(page)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(VIEWPORTS)('at $name: the filter looks through every page, and shows at most a page of names at once', async ({ size }) => {
    const { page, problems, close } = await browser.open('/people/page/2/', size);
    const box = page.getByRole('searchbox', { name: 'Filter people by name' });
    // Ana Álvarez is on page 1 and in all 14 briefings.
    await box.fill('ana alvarez');
    await page.getByRole('status').filter({ hasText: '1 person matches “ana alvarez”.' }).waitFor();
    expect(await rows(page, '#entity-filter-results')).toEqual([`Ana Álvarez|${BRIEFINGS} briefings|/people/ana-alvarez/`]);

    await box.fill('a');
    const total = PEOPLE.filter((name) => /a/i.test(name.normalize('NFD'))).length;
    await page
      .getByRole('status')
      .filter({ hasText: `200 of ${total} people matching “a” are shown; type more to narrow them down.` })
      .waitFor();
    expect(await rows(page, '#entity-filter-results')).toHaveLength(200);
    expect(problems).toEqual([]);
    await close();
  });
});
