import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';

// tests/fixtures/hostile/published/2025/09/control-characters-pasted.md: vertical tabs, a
// backspace, colour escapes, a NUL and U+FFFE pasted into a title and body.
const PATH = '/briefings/2025/09/control-characters-pasted/';
/** Characters XML 1.0 does not allow anywhere in a document (C0 controls but tab, LF, CR; U+FFFE, U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const fetchText = async (path: string) => {
  const response = await fetch(new URL(path, inject('hostileSiteURL')));
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('control characters pasted into a briefing', () => {
  it('leave rss.xml well-formed, with the title as the editor meant it', async () => {
    const text = await fetchText('/rss.xml');
    expect(text.match(NOT_XML)?.[0]?.codePointAt(0)?.toString(16)).toBeUndefined();
    const items = [new XMLParser().parse(text).rss.channel.item].flat() as Array<{ title: string; link: string }>;
    expect(items.find((item) => item.link.endsWith(PATH))?.title).toBe('Dock workers vote to end the strike');
  });

  it('are not on the page or in the JSON feed', async () => {
    const page = await fetchText(PATH);
    expect(NOT_XML.test(page)).toBe(false);
    expect(page).toContain('by 6 percent over two years and keeps the night-shift bonus.');
    const feed = JSON.parse(await fetchText('/feed.json')) as { items: Array<{ url: string; title: string; content_html: string }> };
    const item = feed.items.find((entry) => entry.url.endsWith(PATH));
    expect(item?.title).toBe('Dock workers vote to end the strike');
    expect(NOT_XML.test(item?.content_html ?? '')).toBe(false);
  });
});
