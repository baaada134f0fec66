import { describe, expect, it } from 'vitest';
import { questionFromSentence } from '../../../src/lib/qa/question-from-sentence.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';

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
