import { describe, expect, it } from 'vitest';
import { readSeed, SEED_BRIEFING_PATH, SEED_GENERATED_QUESTIONS } from '../support/seed.ts';
import { type Page, useBrowser } from './support/browser.ts';

const seed = readSeed();
const browser = useBrowser();
const fixtures = useBrowser('basicSiteURL');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The Q&A section as a reader sees it: its source, and each question, answer and "From" link. */
async function readQa(page: Page) {
  const section = page.locator('section#key-questions-and-answers');
  const count = await section.count();
  if (count === 0) return { count, source: null, pairs: [] };
  return {
    count,
    source: await section.getAttribute('data-qa-source'),
    pairs: await section.locator('.qa-pair').evaluateAll((items) =>
      items.map((item) => ({
        id: item.querySelector('h3')?.id ?? '',
        question: item.querySelector('h3')?.textContent?.trim() ?? '',
        answer: item.querySelector('.qa-answer')?.textContent?.trim() ?? '',
        from: item.querySelector('.qa-from a')?.getAttribute('href') ?? '',
        fromText: item.querySelector('.qa-from a')?.textContent?.trim() ?? '',
      })),
    ),
  };
}

/** The fields of a JSON-LD block these tests read (an FAQPage's questions, a NewsArticle's headline, date and author). */
interface JsonLdBlock {
  '@type': string;
  mainEntity: Array<{ '@type': string; name: string; acceptedAnswer: { text: string } }>;
  headline?: string;
  datePublished?: string;
  author?: unknown;
}

/** Every JSON-LD block of the page, parsed. */
async function readJsonLd(page: Page): Promise<JsonLdBlock[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

describe('Key Questions and Answers on the seed briefing', () => {
  it('shows exactly one Q&A section, with the seed’s own four pairs, parsed from its block', async () => {
    const { page, problems, close } = await browser.open(SEED_BRIEFING_PATH);
    const qa = await readQa(page);
    expect(qa.count).toBe(1);
    expect(qa.source).toBe('parsed');
    expect(qa.pairs.map((pair) => `${pair.question} ${pair.answer}`)).toEqual(seed.qaItems.map(squash));
    await expect(page.getByRole('heading', { name: 'Key Questions and Answers' }).count()).resolves.toBe(1);
    // The block is not repeated as a list in the body.
    await expect(page.locator('.prose > ul').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('points each question at the section that answers it, and the link scrolls there', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH, { width: 1280, height: 600 });
    const qa = await readQa(page);
    expect(qa.pairs.map((pair) => pair.fromText)).toEqual([
      'Formation of High-Level Security Group',
      'U.S. Military Actions Against Drug Cartels',
      'Sheinbaum’s Stance on U.S. Military Involvement',
      'Arms Trafficking and Legal Actions',
    ]);
    for (const pair of qa.pairs) {
      const target = page.locator(`[id="${pair.from.slice(1)}"]`);
      await expect(target.count()).resolves.toBe(1);
      await expect(target.textContent()).resolves.toBe(pair.fromText);
      await page.locator(`.qa-from a[href="${pair.from}"]`).click();
      await page.waitForFunction((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < window.innerHeight / 2;
      }, pair.from.slice(1));
    }
    await close();
  });

  it('gives each question its own heading id and publishes the same pairs as FAQPage JSON-LD', async () => {
    const { page, close } = await browser.open(SEED_BRIEFING_PATH);
    const qa = await readQa(page);
    expect(new Set(qa.pairs.map((pair) => pair.id)).size).toBe(4);
    for (const pair of qa.pairs) expect(pair.id).toMatch(/^q-[a-z0-9-]+$/);
    const jsonLd = await readJsonLd(page);
    const faq = jsonLd.find((block) => block['@type'] === 'FAQPage');
    expect(faq?.mainEntity.map((q) => [q['@type'], q.name, q.acceptedAnswer.text])).toEqual(qa.pairs.map((pair) => ['Question', pair.question, pair.answer]));
    const article = jsonLd.find((block) => block['@type'] === 'NewsArticle');
    expect(article?.headline).toBe(squash(await page.locator('h1').textContent()));
    expect(article?.datePublished).toBe('2025-09-03T00:00:00.000Z');
    expect(article?.author).toEqual({ '@type': 'Person', name: seed.author });
    await close();
  });
});

describe('Key Questions and Answers from other sources (fixture site)', () => {
  it('the seed without its block gets four generated questions a news editor would accept', async () => {
    const { page, problems, close } = await fixtures.open('/briefings/2025/09/security-group-without-qa-block/');
    const qa = await readQa(page);
    expect(qa.source).toBe('generated');
    expect(qa.pairs.map((pair) => pair.question)).toEqual(SEED_GENERATED_QUESTIONS);
    const body = squash(await page.locator('.prose').evaluate((prose) => [...prose.querySelectorAll(':scope > p')].map((p) => p.textContent).join(' ')));
    for (const pair of qa.pairs) {
      for (const sentence of pair.answer.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) expect(body).toContain(sentence);
      await expect(page.locator(`[id="${pair.from.slice(1)}"]`).count()).resolves.toBe(1);
    }
    const faq = (await readJsonLd(page)).find((block) => block['@type'] === 'FAQPage');
    expect(faq?.mainEntity.map((q) => q.name)).toEqual(qa.pairs.map((pair) => pair.question));
    expect(problems).toEqual([]);
    await close();
  });

  it('front matter `qa` wins and is shown as authored', async () => {
    const { page, close } = await fixtures.open('/briefings/2025/10/fuel-theft-crackdown/');
    const qa = await readQa(page);
    expect(qa.source).toBe('authored');
    expect(qa.pairs.map((pair) => [pair.question, pair.answer])).toEqual([['How much did illegal taps fall?', 'By about a third in the third quarter.']]);
    await close();
  });

  it('`qa: false` shows no Q&A section and no FAQPage', async () => {
    const { page, close } = await fixtures.open('/briefings/2025/11/border-crossings/');
    expect((await readQa(page)).count).toBe(0);
    const types = (await readJsonLd(page)).map((block) => block['@type']);
    expect(types).toContain('NewsArticle');
    expect(types).not.toContain('FAQPage');
    await close();
  });
});
