import { describe, expect, it } from 'vitest';
import { claimQuestion, participleQuestion } from '../../../src/lib/qa/heading-shapes.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';

const casing = articleCasing('The actions of Harbourtown and the berths of the NHS fleet. Lessons and versions and tenants.');

describe('participleQuestion', () => {
  it('asks what was done, or what is required, from a noun and a participle', () => {
    expect(participleQuestion('Actions taken', casing)).toBe('What actions were taken?');
    expect(participleQuestion('Lessons learned', casing)).toBe('What lessons were learned?');
    expect(participleQuestion('Action required', casing)).toBe('What action is required?');
  });

  it('asks what the thing a participle describes is', () => {
    expect(participleQuestion('Affected versions', casing)).toBe('What are the affected versions?');
    expect(participleQuestion('Expected outcome', casing)).toBe('What is the expected outcome?');
  });

  it('leaves other headings alone', () => {
    expect(participleQuestion('Screening at ports', casing)).toBeUndefined();
    expect(participleQuestion('Improved berths', casing)).toBeUndefined();
    expect(participleQuestion('Timeline', casing)).toBeUndefined();
    expect(participleQuestion('Decisions were made', casing)).toBeUndefined();
    expect(participleQuestion('Help when needed', casing)).toBeUndefined();
  });
});

describe('claimQuestion', () => {
  it('asks why of a heading that claims something is good, bad or needed', () => {
    expect(claimQuestion('Shorter leases are better for tenants', casing)).toBe('Why are shorter leases better for tenants?');
    expect(claimQuestion('The NHS fleet is essential', casing)).toBe('Why is the NHS fleet essential?');
    expect(claimQuestion('Good timing matters', casing)).toBe('Why does good timing matter?');
  });

  it('leaves descriptions and claims about an unnamed "it" alone', () => {
    expect(claimQuestion('The NHS fleet is prepared', casing)).toBeUndefined();
    expect(claimQuestion('It is better for tenants', casing)).toBeUndefined();
  });
});
