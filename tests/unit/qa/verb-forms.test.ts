import { describe, expect, it } from 'vitest';
import { baseForm } from '../../../src/lib/qa/verb-forms.ts';

describe('baseForm', () => {
  it('finds the base form of regular and irregular past-tense verbs', () => {
    expect(['submitted', 'received', 'identified', 'stopped', 'installed', 'began', 'paid', 'left'].map((verb) => baseForm(verb, 'PastTense'))).toEqual([
      'submit',
      'receive',
      'identify',
      'stop',
      'install',
      'begin',
      'pay',
      'leave',
    ]);
  });

  it('finds the base form of third-person present verbs, "has" and "goes" included', () => {
    expect(['submits', 'identifies', 'fixes', 'uses', 'has', 'goes'].map((verb) => baseForm(verb, 'PresentTense'))).toEqual([
      'submit',
      'identify',
      'fix',
      'use',
      'have',
      'go',
    ]);
  });

  it('gives nothing for a word that is not such a verb form', () => {
    expect(baseForm('table', 'PastTense')).toBeUndefined();
    expect(baseForm('Harbourtown', 'PresentTense')).toBeUndefined();
  });
});
