import { describe, expect, it } from 'vitest';
import { shardGlob } from '../runner/measure-shards.ts';

describe('shardGlob', () => {
  it('names the briefing pages of one folder, or of several', () => {
    expect(shardGlob(['2025'])).toBe('briefings/2025/**/*.html');
    expect(shardGlob(['2024', '2025'])).toBe('briefings/{2024,2025}/**/*.html');
    expect(shardGlob(['2025/01', '2025/02'])).toBe('briefings/{2025/01,2025/02}/**/*.html');
  });
});
