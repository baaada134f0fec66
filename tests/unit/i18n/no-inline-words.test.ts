import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Words a reader sees come from the table of the site's language (src/i18n), never from a page,
// a component or browser code: a word written there would stay English in every language.

/** Attributes and props whose text a reader sees or hears. */
const SHOWN_NAMES = 'aria-label|title|placeholder|alt|label|legend|text|description|heading|previousText|nextText';
/** `aria-label="Main"`, `title="Archive"`: a shown attribute or prop written as literal text. */
const LITERAL_ATTRIBUTE = new RegExp(`(?<![\\w-])(?:${SHOWN_NAMES})="([^"]*[A-Za-z]{2}[^"]*)"`, 'g');
/** `label: 'Year'`, `textContent = 'Close'`, `setAttribute('aria-label', 'Menu')`: a shown value in code, as a literal. */
const SHOWN_IN_CODE = new RegExp(
  `(?:\\b(?:${SHOWN_NAMES}|textContent|innerText|placeholder)\\s*[:=]\\s*|setAttribute\\(\\s*'(?:aria-label|title|placeholder|alt)',\\s*)(['"\`])((?:(?!\\1).)*)\\1`,
  'g',
);
/** A string literal of code, its ${…} parts left out. */
const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
/** Two words in a row: English prose, as opposed to a class name, selector or key. */
const PROSE = /(?<![\w./-])[A-Za-z]{2,}[,.:;!?]?\s+[A-Za-z]{2,}(?![\w/-])/;

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Prose in a string literal of browser code: markup, ${…} parts and selectors aside. */
function proseInCode(code: string): string[] {
  const found: string[] = [];
  for (const [literal] of withoutComments(code).matchAll(STRING_LITERAL)) {
    const text = literal
      .slice(1, -1)
      .replace(/\$\{[^}]*\}/g, ' ')
      .replace(/<[^>]*>/g, ' ');
    if (PROSE.test(text)) found.push(literal);
  }
  for (const match of withoutComments(code).matchAll(SHOWN_IN_CODE)) if (/[A-Za-z]{2}/.test(match[2]!.replace(/\$\{[^}]*\}/g, ' '))) found.push(match[0]);
  return found;
}

/** A template with each attribute's {expression} emptied: what is left after a `}` is then text. */
function withoutAttributeExpressions(template: string): string {
  let result = '';
  let at = 0;
  for (let start = template.indexOf('={'); start !== -1; start = template.indexOf('={', at)) {
    let depth = 0;
    let end = start + 1;
    for (; end < template.length; end++) {
      if (template[end] === '{') depth++;
      else if (template[end] === '}' && --depth === 0) break;
    }
    result += `${template.slice(at, start)}=""`;
    at = end + 1;
  }
  return result + template.slice(at);
}

/** Text a template writes as it is: between tags, or after an expression, up to the next tag or expression. */
function templateText(source: string): string[] {
  const template = withoutAttributeExpressions(source);
  const found: string[] = [];
  for (const match of template.matchAll(/(<[A-Za-z][^<>]*>|<\/[A-Za-z][^<>]*>|\})([^<>{}]*[A-Za-z]{2}[^<>{}]*)(?=[<{])/g)) {
    const text = match[2]!.trim();
    // After a `}`, code inside an expression (`: t('…', {`) is not text.
    if (match[1] === '}' && /[`'"()=:;?&|]/.test(text)) continue;
    if (text) found.push(text);
  }
  for (const match of template.matchAll(LITERAL_ATTRIBUTE)) found.push(match[0]);
  return found;
}

/** The words written inline in an .astro file: in its template, its frontmatter code and its scripts. */
function inlineWordsOfAstro(source: string): string[] {
  const [, frontmatter = '', rest = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const scripts = [...rest.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const template = rest
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Comments in expressions: {/* … */}
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  return [...templateText(template), ...proseInCode(frontmatter), ...scripts.flatMap(proseInCode)];
}

/** The words written inline in browser code. */
const inlineWordsOfCode = proseInCode;

const filesUnder = (folder: string, pattern: RegExp) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(folder, name));

describe('no inline UI words', () => {
  it('finds the words a page, a component or browser code would write inline', () => {
    // What the check must catch, and what it must leave alone.
    expect(inlineWordsOfAstro('---\nconst x = 1;\n---\n<p class="a">Hello there</p>')).toEqual(['Hello there']);
    expect(inlineWordsOfAstro('---\n---\n<nav aria-label="Main">{x}</nav>')).toEqual(['aria-label="Main"']);
    expect(inlineWordsOfAstro("---\nconst s = [{ label: 'Year' }];\n---\n<p>{t('a')}</p>")).toEqual(["label: 'Year'"]);
    expect(inlineWordsOfAstro('---\n---\n{a && <span class="sr-only"> other</span>}')).toEqual(['other']);
    expect(inlineWordsOfAstro('---\n---\n<a href={x}>{t(\'k\')} <kbd aria-hidden="true">/</kbd></a> ← {y}')).toEqual([]);
    expect(inlineWordsOfCode("element.textContent = 'Clear all';")).toEqual(["'Clear all'", "textContent = 'Clear all'"]);
    expect(inlineWordsOfCode("button.setAttribute('aria-label', `Remove ${x}`);")).toEqual(["setAttribute('aria-label', `Remove ${x}`"]);
    expect(
      inlineWordsOfCode('el.innerHTML = `<p class="search-status" role="status"></p>`; // Some words\ndoc.querySelector(\'.search-dialog-more a\');'),
    ).toEqual([]);
  });

  it('pages, components and layouts take every word from the table', () => {
    const files = ['src/pages', 'src/components', 'src/layouts'].flatMap((folder) => filesUnder(folder, /\.astro$/));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => inlineWordsOfAstro(readFileSync(file, 'utf8')).map((words) => `${file}: ${words}`));
    expect(found).toEqual([]);
  });

  it('browser code takes every word from the page', () => {
    const files = filesUnder('src/client', /\.ts$/);
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((file) => inlineWordsOfCode(readFileSync(file, 'utf8')).map((words) => `${file}: ${words}`));
    expect(found).toEqual([]);
  });
});
