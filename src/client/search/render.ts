import { bodyStart, type ExcerptPart, sentenceExcerpt } from '../../lib/search/sentence-excerpt.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { t } from '../messages.ts';

const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'long', timeZone: 'UTC' });

/** Builds an excerpt from text nodes and <mark> elements only, so nothing in it can run. */
function excerptElement(parts: readonly ExcerptPart[], tag: 'p' | 'span' = 'p'): HTMLElement {
  const element = document.createElement(tag);
  element.className = 'search-excerpt';
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else {
      element.append(part.text);
    }
  }
  return element;
}

/** One search result: title link, date, excerpt and links to the matching sections and questions. */
export function resultElement(data: PagefindResultData, maxSubResults: number): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  link.dataset.searchResult = '';
  title.append(link);
  item.append(title);
  if (data.meta.date) {
    const time = document.createElement('time');
    time.className = 'meta';
    time.dateTime = data.meta.date;
    const date = new Date(`${data.meta.date}T00:00:00Z`);
    time.textContent = Number.isNaN(date.getTime()) ? data.meta.date : dateFormat.format(date);
    item.append(time);
  }
  // Excerpts start at a sentence of the body: never the topic labels or the headline.
  const from = bodyStart(data.content.split(/\s+/).filter(Boolean), data.meta.title ?? '');
  // Every excerpt stops where a heading of the page begins.
  const headings = data.sub_results.map((sub) => sub.title);
  const excerpt = sentenceExcerpt(data.content, data.locations, { from, length: 30, headings });
  const textOf = (parts: readonly ExcerptPart[]) => parts.map((part) => part.text).join('');
  item.append(excerptElement(excerpt));
  const shownTexts = [textOf(excerpt)];
  const sections = data.sub_results.filter((sub) => sub.anchor?.id && sub.anchor.id !== 'briefing-title').slice(0, maxSubResults);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-subresults';
    list.setAttribute('aria-label', t('search.matchingSections', { title: link.textContent }));
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      subLink.dataset.searchResult = '';
      subItem.append(subLink);
      // A section whose excerpt is one already shown (the result's, or another section's) gets its link alone.
      const subExcerpt = sentenceExcerpt(data.content, sub.locations, { from, length: 22, skipSentence: sub.title, headings });
      const subText = textOf(subExcerpt);
      if (!shownTexts.some((shown) => shown.startsWith(subText.replace(/ …$/, '')))) {
        subItem.append(excerptElement(subExcerpt, 'span'));
        shownTexts.push(subText);
      }
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}
