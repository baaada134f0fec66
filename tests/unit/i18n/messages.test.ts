import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { formatMessage, messageParts, placeholderNames } from '../../../src/i18n/format.ts';
import { briefingCount, messages, messageTable, t } from '../../../src/i18n/index.ts';
import { pseudoLocale, pseudoText } from '../../../src/i18n/pseudo-locale.ts';
import { TABLES } from '../../../src/i18n/tables.ts';

describe('the UI words of the site', () => {
  it('says one briefing, any other number of briefings, and writes large numbers the language’s way', () => {
    expect([0, 1, 2, 1250].map(briefingCount)).toEqual(['0 briefings', '1 briefing', '2 briefings', '1,250 briefings']);
  });

  it('fills every placeholder of a message, and leaves a string value as it is', () => {
    expect(t('listing.pageOf', { title: 'Energy', page: 2, total: 3 })).toBe('Energy, page 2 of 3');
    expect(t('archive.monthTitle', { month: '2025' })).toBe('Briefings from 2025');
    expect(t('entity.mentionsInBriefing', { count: 1 })).toBe('Mentioned once');
    expect(t('entity.mentionsInBriefing', { count: 4 })).toBe('Mentioned 4 times');
  });

  it('cuts a message at its placeholders, so a page can put a link where a value goes', () => {
    expect(messageParts(messages['briefing.answerFrom'], {}, 'en')).toEqual(['From: ', { param: 'section' }]);
    expect(messageParts(messages['search.didYouMean'], {}, 'en')).toEqual(['Did you mean ', { param: 'suggestion' }, '?']);
  });

  it('takes the plural form the language’s rules give, not only one and other', () => {
    const files = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '{count} pliku' };
    expect([1, 3, 5, 22, 25].map((count) => formatMessage(files, { count }, 'pl'))).toEqual(['1 plik', '3 pliki', '5 plików', '22 pliki', '25 plików']);
    expect(formatMessage({ other: '{count} ファイル' }, { count: 1 }, 'ja')).toBe('1 ファイル');
  });

  it('reads the placeholder names of every form of a message', () => {
    expect(placeholderNames('{a} and {b}')).toEqual(['a', 'b']);
    expect(placeholderNames({ one: 'one {x}', other: '{count} {y}' })).toEqual(['count', 'x', 'y']);
    expect(messageParts('{a}{b}', {}, 'en')).toEqual([{ param: 'a' }, { param: 'b' }]);
  });

  it('says plainly when the site is set to a language with no table', () => {
    expect(() => messageTable('xx')).toThrow(/no UI words for the language "xx".*en, en-XA/);
  });
});

describe('every language table', () => {
  for (const [lang, table] of Object.entries(TABLES)) {
    it(`${lang} has exactly the English keys, each with the placeholders English has`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      const differing = Object.entries(en)
        .filter(([key, message]) => placeholderNames(table[key as keyof typeof en]).join() !== placeholderNames(message).join())
        .map(([key]) => key);
      expect(differing).toEqual([]);
    });
  }
});

describe('the pseudo-language', () => {
  it('keeps no English letter outside the placeholders, and every plural form', () => {
    expect(pseudoText('Mentioned {count} times')).toBe('⟦Ṁéñţîöñéđ {count} ţîɱéš⟧');
    const pseudo = pseudoLocale(en);
    for (const message of Object.values(pseudo)) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const form of forms) expect(form.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    }
    expect(Object.keys(pseudo['count.briefings'])).toEqual(Object.keys(en['count.briefings']));
  });
});
