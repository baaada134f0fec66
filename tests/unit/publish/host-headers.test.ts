import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SITE_HEADER_POLICY, SVG_HEADER_POLICY } from '../../../src/lib/publish/content-security-policy.ts';
import { ROOT } from '../../support/hostile.ts';

it('README gives the host the headers the site needs, with the policies the code makes', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Headers for the host'), readme.indexOf('### When the build says no'));
  const snippets = [...section.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1] as string);
  expect(snippets).toHaveLength(3);
  for (const snippet of snippets) {
    expect(snippet).toMatch(/X-Content-Type-Options:? "?nosniff/);
    expect(snippet).toContain(SITE_HEADER_POLICY);
    expect(snippet).toContain(SVG_HEADER_POLICY);
  }
  expect(SVG_HEADER_POLICY).toMatch(/default-src 'none'/);
  expect(SVG_HEADER_POLICY).not.toMatch(/script-src|unsafe-eval/);
});
