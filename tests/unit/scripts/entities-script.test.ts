import { describe, expect, it } from 'vitest';
import { entities as entitiesCommand } from '../../../scripts/entities.ts';
import { runCommand } from '../../support/run-command.ts';

const entities = (...files: string[]) => runCommand(entitiesCommand, ...files);

describe('npm run entities', async () => {
  it('prints what the build would find in the seed briefing, with the site’s aliases applied', async () => {
    const run = await entities('content/briefings/2025/09/us-mexico-security-group.md');
    expect(run.status).toBe(0);
    const found = JSON.parse(run.stdout)['content/briefings/2025/09/us-mexico-security-group.md'];
    expect(found.people.map((person: { name: string }) => person.name).sort()).toEqual(['Claudia Sheinbaum', 'Donald Trump', 'Marco Rubio', 'Pete Hegseth']);
    expect(found.places.map((place: { name: string }) => place.name).sort()).toEqual(['Mexico', 'Mexico City', 'United States', 'Venezuela']);
    expect(found.organizations).toEqual([]);
  });

  it('explains how to use it when given no file', async () => {
    const run = await entities();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run entities -- <briefing.md>/);
  });
});
