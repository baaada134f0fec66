import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/briefings/problems.ts';
import { createBriefingRenderer } from '../../../src/render/render-briefing.ts';

const renderBriefing = await createBriefingRenderer({});

/** Renders Markdown as the build does, with the warnings an editor would see (body on line 1). */
async function render(markdown: string) {
  const rendered = await renderBriefing({ file: 'x.md', absolutePath: '/x.md', body: markdown, bodyLine: 1, frontmatter: { title: 'A' } });
  return { code: rendered.html, warnings: rendered.problems.map(formatProblem) };
}

describe('HTML written in a briefing', () => {
  it('loses script elements and says so', async () => {
    const { code, warnings } = await render('Before.\n\n<script>alert(1)</script>\n\nAfter.');
    expect(code).not.toMatch(/<script|alert\(1\)/);
    expect(code).toContain('<p>After.</p>');
    expect(warnings).toEqual([expect.stringMatching(/^x\.md:3: warning: removed <script>: it could run code/)]);
  });

  it('loses event handlers but keeps the element and its safe attributes', async () => {
    const { code, warnings } = await render('<img src="/photo.jpg" alt="A photo" onerror="alert(1)">');
    expect(code).toContain('<img src="/photo.jpg" alt="A photo">');
    expect(code).not.toContain('onerror');
    expect(warnings).toEqual([expect.stringMatching(/^x\.md:1: warning: removed onerror="…" on <img>: event handlers run code/)]);
  });

  it('loses javascript: and data: links, in Markdown and in HTML', async () => {
    const { code, warnings } = await render('[click](javascript:alert(1)) and <a href="data:text/html,<b>x</b>">here</a> and [ok](https://example.com)');
    expect(code).not.toMatch(/javascript:|data:text/);
    expect(code).toContain('<a href="https://example.com" rel="noopener noreferrer">ok</a>');
    expect(warnings).toHaveLength(2);
  });

  it('loses <style> and other elements whose content would show as text, content and all, and says so', async () => {
    const { code, warnings } = await render(
      'A.\n\n<style>body{display:none}</style>\n\n<noscript>Turn on scripts</noscript>\n\n<textarea>typed</textarea>\n\n<template><p>kept for later</p></template>\n\n<svg><style>p{}</style><text>drawn</text></svg>\n\n<math><mi>x</mi></math>\n\n<title>T</title>',
    );
    expect(code).not.toMatch(/display:none|Turn on scripts|typed|kept for later|p\{\}|drawn|<mi|>x<|>T</);
    expect(warnings.map((warning) => warning.match(/removed <(\w+)>/)?.[1])).toEqual(['style', 'noscript', 'textarea', 'template', 'svg', 'math', 'title']);
  });

  it('loses links whose scheme is hidden by tabs, escapes or case, and says so every time', async () => {
    const { code, warnings } = await render(
      '[a](java&#x09;script:alert(1)) [b](JaVaScRiPt:alert(2)) <a href="jav\tascript:alert(3)">c</a> <a href="&#106;avascript:alert(4)">d</a> <a href="javascript&colon;alert(5)">e</a>',
    );
    expect(code).not.toMatch(/script:|alert/i);
    expect(warnings).toHaveLength(5);
  });

  it('refuses a picture with a javascript: or data: address, written as HTML', async () => {
    const { code, warnings } = await render('<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">\n\n<img src="JAVASCRIPT:alert(1)" alt="y">');
    expect(code).not.toContain('<img');
    expect(warnings).toEqual([
      expect.stringMatching(/^x\.md:1: `data:image\/svg\+xml,<svg onload=alert\(1\)>` is not a picture address the site can publish/),
      expect.stringMatching(/^x\.md:3: `JAVASCRIPT:alert\(1\)` is not a picture address the site can publish/),
    ]);
  });

  it('reads backslashes as browsers do: a link to another site is published as one, a picture from one is refused', async () => {
    const { code, warnings } = await render('<a href="\\\\other.example/login">the office</a>\n\n<img src="/\\pixel.example/p.png" alt="A harbour">');
    expect(code).toContain('<a href="https://other.example/login" rel="noopener noreferrer">the office</a>');
    expect(code).not.toContain('pixel.example');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^x\.md:1: warning: the link "\\\\other\.example\/login" leads to https:\/\/other\.example\/login \(browsers read its backslashes as slashes\)/,
      ),
      expect.stringMatching(/^x\.md:3: `\/\\pixel\.example\/p\.png` has no scheme: write the full address starting with https:\/\/$/),
    ]);
  });

  it('keeps figures, captions, tables and ids (prefixed, with links to them following)', async () => {
    const { code, warnings } = await render(
      '<figure id="chart"><img src="/c.png" alt="Chart"><figcaption>Exports by month</figcaption></figure>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[See the chart](#chart)',
    );
    expect(code).toContain('<figure id="user-content-chart"><img src="/c.png" alt="Chart"><figcaption>Exports by month</figcaption></figure>');
    expect(code).toContain('<a href="#user-content-chart">See the chart</a>');
    expect(code).toContain('<table>');
    expect(warnings).toEqual([]);
  });

  it('embeds players from allowed hosts only', async () => {
    const { code, warnings } = await render(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>\n\n<iframe src="https://evil.example/x"></iframe>',
    );
    expect(code).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>');
    expect(code).not.toContain('evil.example');
    expect(warnings).toEqual([expect.stringMatching(/^x\.md:3: warning: removed <iframe src="https:\/\/evil\.example\/x">: only players from/)]);
  });

  it("drops names and prefixes ids written in HTML, so they cannot replace document functions or repeat the page's ids", async () => {
    const { code } = await render(
      '<img name="addEventListener" src="/favicon.svg" alt="Logo" width="32" height="32">\n\n<div id="main">Block</div>\n\n[Back to the block](#main)',
    );
    expect(code).toContain('<img src="/favicon.svg" alt="Logo" width="32" height="32">');
    expect(code).toContain('<div id="user-content-main">Block</div>');
    expect(code).toContain('<a href="#user-content-main">Back to the block</a>');
  });

  it("renames a heading id equal to one of the layout's, and leaves every other heading id as it was", async () => {
    const renderer = await createBriefingRenderer({});
    const rendered = await renderer({
      file: 'x.md',
      absolutePath: '/x.md',
      body: '## Main\n\nA.\n\n## What changes for drivers\n\nB.\n\n[Up](#main)',
      bodyLine: 1,
      frontmatter: {},
    });
    expect(rendered.html).toContain('<h2 id="user-content-main">Main</h2><a class="anchor-link" data-pagefind-ignore="" href="#user-content-main">');
    expect(rendered.html).toContain('<h2 id="what-changes-for-drivers">');
    expect(rendered.html).toContain('<a href="#user-content-main">Up</a>');
    expect(rendered.headings.map((heading) => heading.id)).toEqual(['user-content-main', 'what-changes-for-drivers']);
  });

  it('never repeats an id, even when a written id and a heading id meet', async () => {
    const renderer = await createBriefingRenderer({});
    const rendered = await renderer({
      file: 'x.md',
      absolutePath: '/x.md',
      body: '<div id="main">A</div>\n\n## Main\n\n<p id="x">B</p><p id="x">C</p>',
      bodyLine: 1,
      frontmatter: {},
    });
    const ids = [...rendered.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['user-content-main', 'user-content-main-1', 'user-content-x', 'user-content-x-1']);
    expect(rendered.headings.map((heading) => heading.id)).toEqual(['user-content-main-1']);
  });

  it('still gives headings their ids and anchor links', async () => {
    const { code } = await render('## A <em>safe</em> heading\n\nText.');
    expect(code).toContain('<h2 id="a-safe-heading">A <em>safe</em> heading</h2><a class="anchor-link"');
  });
});

describe('links to other sites', () => {
  it('get rel="noopener noreferrer"; links within the site do not', async () => {
    const { code } = await render('[Reuters](https://www.reuters.com/world/) and [our archive](/archive/) and [a section](#context)');
    expect(code).toContain('<a href="https://www.reuters.com/world/" rel="noopener noreferrer">Reuters</a>');
    expect(code).toContain('<a href="/archive/">our archive</a>');
    expect(code).toContain('<a href="#context">a section</a>');
  });
});
