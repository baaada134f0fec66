import { describe, expect, it } from 'vitest';
import { qa as qaCommand } from '../../../scripts/qa.ts';
import { runCommand } from '../../support/run-command.ts';
import { readSeed, SEED_BRIEFING_FILE } from '../../support/seed.ts';

const qa = (...files: string[]) => runCommand(qaCommand, ...files);

describe('npm run qa', async () => {
  it('prints the Q&A the build would use for each file, as JSON', async () => {
    const run = await qa(SEED_BRIEFING_FILE, 'tests/fixtures/sites/basic/briefings/2025/09/security-group-without-qa-block.md');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    const seedPairs = output['content/briefings/2025/09/us-mexico-security-group.md'];
    expect(seedPairs.map((pair: { question: string; answer: string }) => `${pair.question} ${pair.answer}`)).toEqual(readSeed().qaItems);
    expect(Object.keys(seedPairs[0]).sort()).toEqual(['answer', 'question', 'section', 'sectionId', 'source']);
    const generated = output['tests/fixtures/sites/basic/briefings/2025/09/security-group-without-qa-block.md'];
    expect(generated).toHaveLength(4);
    expect(generated.every((pair: { source: string }) => pair.source === 'generated')).toBe(true);
  });

  it('says why a non-English article gets no questions', async () => {
    const run = await qa('tests/fixtures/sites/qa-edge/briefings/2025/10/spanish.md');
    expect(run.stderr).toMatch(/spanish\.md: no questions: .*English/);
  });

  it('fails with the file, the line and the text of a Q&A item it cannot split', async () => {
    const run = await qa('tests/fixtures/hostile/refused/2025/10/unreadable-qa-block.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/hostile/refused/2025/10/unreadable-qa-block.md');
    expect(run.stderr).toContain('unreadable-qa-block.md:13: "What happens to the buses"');
    expect(run.stderr).toContain('What happens to the buses');
  });

  it('explains how to use it when given no file', async () => {
    const run = await qa();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run qa -- <briefing.md>/);
  });
});
