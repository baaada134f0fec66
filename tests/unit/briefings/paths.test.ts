import { describe, expect, it } from 'vitest';
import { briefingIdFromPath } from '../../../src/lib/briefings/paths.ts';

describe('briefingIdFromPath', () => {
  it('keeps the year/month folders and the file name', () => {
    expect(briefingIdFromPath('2025/09/us-mexico-security-group.md')).toBe('2025/09/us-mexico-security-group');
  });

  it('slugs each segment on its own', () => {
    expect(briefingIdFromPath('2025/09/US Mexico Talks.md')).toBe('2025/09/us-mexico-talks');
    expect(briefingIdFromPath('Special Reports/Año Nuevo.md')).toBe('special-reports/ano-nuevo');
  });

  it('accepts Windows separators and the .markdown extension', () => {
    expect(briefingIdFromPath('2025\\10\\fuel-theft.markdown')).toBe('2025/10/fuel-theft');
  });
});
