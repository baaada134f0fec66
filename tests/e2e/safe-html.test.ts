import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

// tests/fixtures/sites/qa-edge/briefings/2025/10/script-injection.md puts script in every field.
const browser = useBrowser('qaEdgeSiteURL');

describe('nothing an author writes runs as script', () => {
  it('script, handlers and javascript: links in a briefing are inert; its text shows as text', async () => {
    const { page, problems, close } = await browser.open('/briefings/2025/10/script-injection/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.locator('.qa-pair h3').hover();
    await page.waitForTimeout(500);
    expect(dialogs).toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Headline with <script>alert('title')</script> in it");
    await expect(page.locator('.dek').textContent()).resolves.toBe("A dek with <img src=x onerror=alert('dek')> in it");
    const unsafe = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('main script')].filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.textContent),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}.${a.name}`),
      ),
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => /^\s*(javascript|data):/i.test(href)),
      iframes: document.querySelectorAll('iframe').length,
    }));
    expect(unsafe.scripts.filter((text) => text?.includes('alert'))).toEqual([]);
    expect(unsafe).toMatchObject({ handlers: [], links: [], iframes: 0 });
    await expect(page.locator('.qa-pair h3').textContent()).resolves.toBe("<b onmouseover=alert('q')>Why is this here?</b>");
    expect(problems.filter((p) => !p.includes('evil.example'))).toEqual([]);
    await close();
  });
});
