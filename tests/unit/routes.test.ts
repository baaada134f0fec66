import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/lib/entities/types.ts';
import { pageParam, pageUrl, paths, routesUnder, withBase } from '../../src/routes.ts';

describe('routes', () => {
  it('puts briefings under /briefings/ and every page address ends in a slash', () => {
    expect(paths.briefing('2025/09/harbour-reopens')).toBe('/briefings/2025/09/harbour-reopens/');
    for (const path of [
      paths.home(),
      paths.archive(),
      paths.archiveMonth('2025', '09'),
      paths.topics(),
      paths.topic('energy'),
      paths.entities('people'),
      paths.entitiesAlphabetical('places'),
      paths.entity('organizations', 'harbour-board'),
      paths.search(),
    ]) {
      expect(path).toMatch(/^\/(?:.*\/)?$/);
    }
  });

  it('gives every address under the deployment base, with or without its closing slash', () => {
    const news = routesUnder('/news/');
    expect(news.topic('energy')).toBe('/news/topics/energy/');
    expect(news.topicFeed('energy')).toBe('/news/topics/energy/rss.xml');
    expect(news.entity('places', 'gullrock')).toBe('/news/places/gullrock/');
    expect(routesUnder('/news').home()).toBe('/news/');
    expect(routesUnder('/').rss()).toBe('/rss.xml');
    expect(withBase('favicon.svg', '/news/')).toBe('/news/favicon.svg');
  });

  it('puts a search query in the address, escaped', () => {
    expect(routesUnder('/news/').search('ferry & port')).toBe('/news/search/?q=ferry%20%26%20port');
    expect(paths.search('')).toBe('/search/');
  });

  it('keeps page 1 of a listing at its own address and later pages under page/N/', () => {
    expect(pageUrl('/topics/energy/', 1)).toBe('/topics/energy/');
    expect(pageUrl('/news/', 3)).toBe('/news/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });

  it('is the only place that writes an address: pages, components, layouts and browser code never call withBase or spell out a route', () => {
    const sources = ['src/pages', 'src/components', 'src/layouts', 'src/client', 'src/site'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(?:astro|ts)$/.test(name))
        .map((name) => join(folder, name)),
    );
    const offenders = sources.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\bwithBase\(|['`]\/(?:briefings|archive|topics|people|places|organizations|search)\//.test(text.replace(/^\s*(?:\/\/|\*).*$/gm, ''));
    });
    expect(offenders).toEqual([]);
  });

  it('has a folder of pages for each kind of entity, each page naming its own kind', () => {
    const pages = ['[...page].astro', 'a-z/[...page].astro', '[slug].astro', 'names.json.ts'];
    for (const kind of ENTITY_KINDS) {
      expect(paths.entities(kind)).toBe(`/${kind}/`);
      for (const page of pages) {
        const text = readFileSync(join('src/pages', kind, page), 'utf8');
        expect(
          [...text.matchAll(/\('(\w+)'\)/g)].map((match) => match[1]),
          `src/pages/${kind}/${page}`,
        ).toEqual([kind]);
      }
    }
  });
});
