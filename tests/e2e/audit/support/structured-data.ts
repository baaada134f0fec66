import { site } from '../../../../src/site.config.ts';
import type { Page } from '../../support/browser.ts';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: site.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day a date-time belongs to: one with its own offset to the day written (README, `date`),
 * one in UTC to its day in the site's time zone.
 */
export const dayOf = (dateTime: string) => (/[+-]\d{2}:\d{2}$/.test(dateTime) ? dateTime.slice(0, 10) : dayFormat.format(new Date(dateTime)));

/** What a reader sees on a page, for comparison with what its structured data claims. */
export interface VisiblePage {
  canonical: string | null;
  ogImage: string | null;
  /** Each rendered <h1>, as its visible text. */
  headings: string[];
  author: string | null;
  /** The datetime of the byline's publication date. */
  publishedDay: string | null;
  /** Absolute addresses of the rendered lead images. */
  images: string[];
  /** The rendered Key Questions and Answers, in page order; null when the page has none. */
  keyQuestions: { questions: string[]; answers: string[] } | null;
  /** The text of each JSON-LD block, as written. */
  jsonLd: string[];
}

/** Reads the page as rendered: visible text only, whitespace collapsed. */
export function readVisiblePage(page: Page): Promise<VisiblePage> {
  return page.evaluate(() => {
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    const visible = (selector: string) => [...document.querySelectorAll(selector)].filter(shown);
    const section = document.querySelector('#key-questions-and-answers');
    return {
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      ogImage: document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null,
      headings: visible('h1').map(text),
      author: visible('.byline .author').map(text)[0] ?? null,
      publishedDay: visible('.byline .published > time').map((time) => time.getAttribute('datetime') ?? '')[0] ?? null,
      images: visible('.lead-image img').map((img) => (img as HTMLImageElement).src),
      keyQuestions:
        section && shown(section)
          ? {
              questions: [...section.querySelectorAll('.qa-pair h3')].filter(shown).map(text),
              answers: [...section.querySelectorAll('.qa-answer')].filter(shown).map(text),
            }
          : null,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    };
  });
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const isAbsoluteUrl = (value: unknown) => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};
// ISO 8601 with a time and a zone, as search engines want it.
const isIsoDateTime = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

export interface CheckContext {
  page: VisiblePage;
  /** The calendar day of a date-time in the site's time zone (YYYY-MM-DD). */
  dayOf: (dateTime: string) => string;
  /** Whether a URL on the deployment address is a page of the built site. */
  isBuiltPage: (url: string) => boolean;
}

/** NewsArticle: headline, dates, author, publisher and image, each matching what the page shows. */
function checkNewsArticle(data: Json, { page, dayOf }: CheckContext): string[] {
  const problems: string[] = [];
  if (!nonEmpty(data.headline)) problems.push('has no headline');
  else if (page.headings.length !== 1 || collapse(data.headline) !== page.headings[0])
    problems.push(`headline “${data.headline}” is not the visible h1 (${page.headings.map((h) => `“${h}”`).join(', ') || 'none'})`);
  if (!isIsoDateTime(data.datePublished)) problems.push(`datePublished ${JSON.stringify(data.datePublished)} is not an ISO 8601 date-time with a time zone`);
  else if (dayOf(data.datePublished as string) !== page.publishedDay)
    problems.push(`datePublished ${data.datePublished} is not the byline date ${page.publishedDay}`);
  if (data.dateModified !== undefined) {
    if (!isIsoDateTime(data.dateModified)) problems.push(`dateModified ${JSON.stringify(data.dateModified)} is not an ISO 8601 date-time with a time zone`);
    else if (isIsoDateTime(data.datePublished) && Date.parse(data.dateModified as string) < Date.parse(data.datePublished as string))
      problems.push('dateModified is before datePublished');
  }
  const authors = asList(data.author);
  if (authors.length === 0) problems.push('has no author');
  for (const author of authors) {
    if (!isObject(author) || !['Person', 'Organization'].includes(String(author['@type'])) || !nonEmpty(author.name))
      problems.push(`author ${JSON.stringify(author)} is not a Person or Organization with a name`);
  }
  const names = authors.filter(isObject).map((author) => author.name);
  if (page.author !== null && !names.includes(page.author)) problems.push(`no author is the byline's “${page.author}”`);
  if (!isObject(data.publisher) || data.publisher['@type'] !== 'Organization' || !nonEmpty(data.publisher.name))
    problems.push('publisher is not an Organization with a name');
  const images = asList(data.image).map((image) => (isObject(image) ? image.url : image));
  for (const image of images) if (!isAbsoluteUrl(image)) problems.push(`image ${JSON.stringify(image)} is not an absolute URL`);
  const shownImage = page.ogImage ?? page.images[0];
  if (shownImage && !images.includes(shownImage)) problems.push(`the page shows image ${shownImage} but image is ${JSON.stringify(data.image)}`);
  if (page.images.length > 0 && images.length === 0) problems.push('the page shows a lead image but NewsArticle has no image');
  const mainEntity = isObject(data.mainEntityOfPage) ? data.mainEntityOfPage['@id'] : data.mainEntityOfPage;
  if (page.canonical && mainEntity !== page.canonical && data.url !== page.canonical)
    problems.push(`neither mainEntityOfPage nor url is the canonical URL ${page.canonical}`);
  return problems;
}

/** FAQPage: every Question has a name and an accepted answer's text, exactly the Q&A shown. */
function checkFaqPage(data: Json, { page }: CheckContext): string[] {
  const problems: string[] = [];
  const questions = asList(data.mainEntity);
  if (questions.length === 0) problems.push('has no mainEntity questions');
  questions.forEach((question, i) => {
    if (!isObject(question) || question['@type'] !== 'Question' || !nonEmpty(question.name)) problems.push(`mainEntity[${i}] is not a Question with a name`);
    else if (!isObject(question.acceptedAnswer) || question.acceptedAnswer['@type'] !== 'Answer' || !nonEmpty(question.acceptedAnswer.text))
      problems.push(`“${question.name}” has no acceptedAnswer with text`);
  });
  if (!page.keyQuestions) return [...problems, 'the page shows no Key Questions and Answers'];
  const named = questions.filter(isObject);
  const said = named.map((question) => collapse(String(question.name)));
  const answered = named.map((question) => (isObject(question.acceptedAnswer) ? collapse(String(question.acceptedAnswer.text)) : ''));
  if (JSON.stringify(said) !== JSON.stringify(page.keyQuestions.questions))
    problems.push(`questions ${JSON.stringify(said)} are not the visible ones ${JSON.stringify(page.keyQuestions.questions)}`);
  if (JSON.stringify(answered) !== JSON.stringify(page.keyQuestions.answers))
    problems.push(`answers ${JSON.stringify(answered)} are not the visible ones ${JSON.stringify(page.keyQuestions.answers)}`);
  return problems;
}

/** BreadcrumbList: ListItems numbered 1…n, each with a name and a URL of a built page, ending at this page. */
function checkBreadcrumbList(data: Json, { page, isBuiltPage }: CheckContext): string[] {
  const problems: string[] = [];
  const items = asList(data.itemListElement);
  if (items.length === 0) problems.push('has no itemListElement');
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || item['@type'] !== 'ListItem') {
      problems.push(`itemListElement[${i}] is not a ListItem`);
      continue;
    }
    if (item.position !== i + 1) problems.push(`itemListElement[${i}] has position ${JSON.stringify(item.position)}, not ${i + 1}`);
    if (!nonEmpty(item.name)) problems.push(`itemListElement[${i}] has no name`);
    const url = isObject(item.item) ? item.item['@id'] : item.item;
    if (!isAbsoluteUrl(url)) problems.push(`itemListElement[${i}] item ${JSON.stringify(item.item)} is not an absolute URL`);
    else if (!isBuiltPage(url as string)) problems.push(`itemListElement[${i}] item ${url} is not a page of the site`);
  }
  const last = items.at(-1);
  if (isObject(last) && page.canonical && last.item !== page.canonical)
    problems.push(`the last item ${JSON.stringify(last.item)} is not this page (${page.canonical})`);
  return problems;
}

const CHECKS: Record<string, (data: Json, context: CheckContext) => string[]> = {
  NewsArticle: checkNewsArticle,
  FAQPage: checkFaqPage,
  BreadcrumbList: checkBreadcrumbList,
};

/**
 * Problems with a page's JSON-LD: blocks that do not parse, lack the schema.org fields search
 * engines require for their type, or say something other than the page shows. A page with
 * visible Key Questions must describe them in exactly one FAQPage.
 */
export function structuredDataProblems(context: CheckContext): string[] {
  const problems: string[] = [];
  const types: string[] = [];
  for (const [i, text] of context.page.jsonLd.entries()) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push(`block ${i + 1} does not parse: ${(error as Error).message}`);
      continue;
    }
    if (!isObject(data)) {
      problems.push(`block ${i + 1} is not a JSON object`);
      continue;
    }
    const type = String(data['@type']);
    types.push(type);
    if (!/^https?:\/\/schema\.org\/?$/.test(String(data['@context']))) problems.push(`${type}: @context ${JSON.stringify(data['@context'])} is not schema.org`);
    const check = CHECKS[type];
    if (!check) {
      problems.push(`block ${i + 1} has @type ${JSON.stringify(data['@type'])}, which these checks do not know`);
      continue;
    }
    problems.push(...check(data, context).map((problem) => `${type}: ${problem}`));
  }
  const faqs = types.filter((type) => type === 'FAQPage').length;
  if (context.page.keyQuestions && faqs !== 1) problems.push(`the page shows Key Questions and Answers but has ${faqs} FAQPage blocks`);
  return problems;
}
