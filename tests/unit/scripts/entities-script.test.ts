import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const entities = (...files: string[]) => spawnSync(process.execPath, ['scripts/entities.ts', ...files], { cwd: ROOT, encoding: 'utf8' });

describe('npm run entities', () => {
  it('prints what the build would find in the seed briefing, with the site’s aliases applied', () => {
    const run = entities('content/briefings/2025/09/us-mexico-security-group.md');
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout)['content/briefings/2025/09/us-mexico-security-group.md'];
    expect(found.people.map((person: { name: string }) => person.name).sort()).toEqual(['Claudia Sheinbaum', 'Donald Trump', 'Marco Rubio', 'Pete Hegseth']);
    expect(found.places.map((place: { name: string }) => place.name).sort()).toEqual(['Mexico', 'Mexico City', 'United States', 'Venezuela']);
    expect(found.organizations).toEqual([]);
  });

  it('explains how to use it when given no file', () => {
    const run = entities();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run entities -- <briefing.md>/);
  });
});
