import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site.ts';
import { BUILT_SITES, builtPages } from './support/sites.ts';

// Every page of every built site against html-validate's recommended rules, configured in
// .htmlvalidate.json at the project root (the loader finds it from each file's folder).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate finds no problem', () => {
  it.each(BUILT_SITES)('in any page of the $label', async (site) => {
    const pages = builtPages(site);
    expect(pages.length).toBeGreaterThan(5);
    const report = await validator.validateMultipleFiles(pages.map((page) => page.file));
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${relative(ROOT, result.filePath)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
    // Browsers accept markup after </html> (html-validate too), but a page is one document: nothing follows it.
    const trailing = pages.filter((page) => !/<\/html>\s*$/.test(readFileSync(page.file, 'utf8'))).map((page) => page.path);
    expect(trailing, 'pages with markup after </html>').toEqual([]);
  });

  it('and it does report invalid markup under this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>T</title></head><body><p><div></div><img src="x.png"></body></html>',
      `${ROOT}/example.html`,
    );
    expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(
      expect.arrayContaining(['wcag/h37', 'no-implicit-close']),
    );
  });
});
