import { describe, expect, it } from 'vitest';
import { questionFromSentence } from '../../../src/lib/qa/question-from-sentence.ts';
import { asReader } from '../../../src/lib/qa/reader-voice.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';

describe('asReader', () => {
  it('turns the article’s "you" into the reader’s "I"', () => {
    expect(asReader('you are late for your ferry')).toBe('I am late for my ferry');
    expect(asReader('the office sends you a form')).toBe('the office sends me a form');
    expect(asReader('you’re a resident and you park yourself')).toBe('I’m a resident and I park myself');
    expect(asReader('our office opens')).toBeUndefined();
  });
});

describe('sentences written to the reader', () => {
  const context = { casing: articleCasing('Boats use the OpenQuay app.'), terms: new Set<string>(), topicWords: new Set<string>() };
  it('give no question: an instruction, a means or a condition is not asked in the reader’s voice', () => {
    for (const sentence of [
      'To renew a berth permit at the harbour, send the form to the harbour office.',
      'You can renew a berth permit by sending the form to the harbour office.',
      'If your berth permit expires, the berth is given to the next boat on the list.',
      'If the Gullrock ferry is cancelled, passengers are moved to the next sailing.',
    ])
      expect(questionFromSentence(sentence, context), sentence).toBeUndefined();
  });
});
