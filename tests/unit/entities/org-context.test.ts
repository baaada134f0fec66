import { describe, expect, it } from 'vitest';
import { bodyNameKey } from '../../../src/lib/entities/org-context.ts';

describe('bodyNameKey', () => {
  it('gives British and American spellings and curly and straight apostrophes one key', () => {
    expect(bodyNameKey('Harbour Freight Organisation')).toBe(bodyNameKey('Harbor Freight Organization'));
    expect(bodyNameKey('Quellmark Centre for Defence Studies')).toBe(bodyNameKey('Quellmark Center for Defense Studies'));
    expect(bodyNameKey('Miners’ Welfare Fund')).toBe(bodyNameKey("Miners' Welfare Fund"));
    expect(bodyNameKey('Harbour Freight Authority')).not.toBe(bodyNameKey('Harbour Freight Agency'));
  });
});
