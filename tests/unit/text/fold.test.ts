import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/lib/text/fold.ts';

describe('foldName', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldName('  Zoë   ÁNGSTRÖM ')).toBe('zoe angstrom');
    expect(foldName('Łódź Øresund Straße')).toBe('lodz oresund strasse');
  });
});
