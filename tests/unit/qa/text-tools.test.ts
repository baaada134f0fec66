import { describe, expect, it } from 'vitest';
import { canOpenAnswer, pickAnswer } from '../../../src/lib/qa/answer.ts';
import { looksEnglish } from '../../../src/lib/qa/language.ts';
import { fullName } from '../../../src/lib/qa/names.ts';
import { questionIds } from '../../../src/lib/qa/question-ids.ts';
import { articleCasing, sentenceCase } from '../../../src/lib/qa/recase.ts';
import { splitSentences, wordCount } from '../../../src/lib/qa/sentences.ts';

describe('splitSentences', () => {
  it('keeps abbreviations such as U.S., Gen. and p.m. inside their sentence', () => {
    expect(splitSentences('The U.S. Military said so. Gen. Smith met Mr. Jones at 5 p.m. Friday. It rained.')).toEqual([
      'The U.S. Military said so.',
      'Gen. Smith met Mr. Jones at 5 p.m. Friday.',
      'It rained.',
    ]);
  });

  it('keeps a middle initial inside its sentence', () => {
    expect(splitSentences('The seat went to Mira G. Quell of the harbour board. She won.')).toEqual([
      'The seat went to Mira G. Quell of the harbour board.',
      'She won.',
    ]);
  });

  it('returns exact substrings of the input', () => {
    const text = 'Mexico claims that 200,000 firearms are smuggled.  “We will act,” she said. Done!';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});

describe('wordCount', () => {
  it('counts words, numbers and hyphenated words once, not punctuation', () => {
    expect(wordCount('U.S.-made firearms — 200,000 of them — crossed.')).toBe(6);
  });
});

describe('sentenceCase', () => {
  const casing = articleCasing('Officials in Mexico City met the U.S. delegation about security. The high-level group will meet in Mexico.');

  it('lower-cases common words and keeps names and acronyms as the article writes them', () => {
    expect(sentenceCase('Formation of High-Level Security Group', casing)).toBe('formation of high-level security group');
    expect(sentenceCase('Security in Mexico City and the U.S.', casing)).toBe('security in Mexico City and the U.S.');
  });

  it('does not take a capital at the start of a sentence as a name', () => {
    expect(articleCasing('Officials met. Officials left.').capitalised.has('officials')).toBe(false);
  });

  it('keeps a name of two common words that the article writes capitalised together', () => {
    const ferryCasing = articleCasing('The app runs in the cloud. Boats book through Harbour Cloud every morning.');
    expect(sentenceCase('Using Harbour Cloud Safely', ferryCasing)).toBe('using Harbour Cloud safely');
    expect(sentenceCase('Using the Cloud Safely', ferryCasing)).toBe('using the cloud safely');
  });

  it('capitalises in a sentence-case heading a word the article only writes as a name', () => {
    const boardCasing = articleCasing('Members elect the Board of Directors. The Directors meet in May, and the board room is small.');
    expect(sentenceCase('Who can join the board of directors?', boardCasing)).toBe('who can join the board of Directors?');
  });
});

describe('fullName', () => {
  const text = 'Defense Secretary Pete Hegseth spoke after Marco Rubio. Claudia Sheinbaum’s office replied. Later Sheinbaum and Rubio met.';

  it('finds the given name the article writes before a surname, never a title', () => {
    expect(fullName('Sheinbaum', text)).toBe('Claudia Sheinbaum');
    expect(fullName('Hegseth', text)).toBe('Pete Hegseth');
    expect(fullName('Rubio', text)).toBe('Marco Rubio');
  });

  it('leaves a surname shared by two people, or never written in full, as it is', () => {
    expect(fullName('Clinton', 'Hillary Clinton and Bill Clinton arrived.')).toBe('Clinton');
    expect(fullName('Obrador', 'Secretary Obrador spoke. Obrador left.')).toBe('Obrador');
  });
});

describe('canOpenAnswer and pickAnswer', () => {
  it('an answer never opens with a pronoun or a bare quotation', () => {
    expect(canOpenAnswer('She has cooperated with the administration on migration.')).toBe(false);
    expect(canOpenAnswer('“We will not accept it,” the minister said on Monday.')).toBe(false);
    expect(canOpenAnswer('Sheinbaum has cooperated with the administration on migration.')).toBe(true);
  });

  it('an answer never opens on a connective that continues the sentence before', () => {
    expect(canOpenAnswer('In addition, ferries to the island will run twice a day in summer.')).toBe(false);
    expect(canOpenAnswer('For example, ferries to the island will run twice a day in summer.')).toBe(false);
    expect(canOpenAnswer('Keep in mind that every ferry must be booked a day ahead.')).toBe(false);
    // A list item's label, and a sentence that only announces "a number of goals".
    expect(canOpenAnswer('Scrappy: the harbour crew was described as scrappy and hands-on.')).toBe(false);
    expect(canOpenAnswer('The ferry office was designed with a number of goals in mind.')).toBe(false);
    expect(canOpenAnswer('There are a few ways to book a berth without paying the full fee.')).toBe(false);
    expect(canOpenAnswer('Of course, Harbourtown is not the first port to sell passes online.')).toBe(false);
    expect(canOpenAnswer('Owners should renew their permits with the new form (available here) before May.')).toBe(false);
    expect(canOpenAnswer('Ferries to the island will run twice a day in summer.')).toBe(true);
  });

  it('an answer never opens on a sentence that points back inside it ("this goal", "these decisions")', () => {
    expect(canOpenAnswer('The harbour office helps owners reach this goal by lending them moorings.')).toBe(false);
    expect(canOpenAnswer('The app helps owners make these important decisions about their boats.')).toBe(false);
    expect(canOpenAnswer('The harbour office lends moorings to help reduce this.')).toBe(false);
    expect(canOpenAnswer('The harbour office lends moorings to owners this year and next.')).toBe(true);
    expect(canOpenAnswer('The harbour office lends moorings to those who ask before May.')).toBe(true);
  });

  it('takes the first sentence that shares a word with the question, and the next one when both fit, verbatim', () => {
    const blocks = [
      'Officials met on Monday in a closed session. Mexico has stricter gun control laws than the United States. ' +
        'In response to smuggling, Mexico has sued U.S. firearm manufacturers.',
    ];
    expect(pickAnswer('How is Mexico addressing firearm smuggling?', blocks)).toBe(
      'Mexico has stricter gun control laws than the United States. In response to smuggling, Mexico has sued U.S. firearm manufacturers.',
    );
  });

  it('answers "What is X?" with the sentence that says what X is', () => {
    const blocks = ['Harbourtown has run ferries for a century. OpenQuay is an app that sells ferry tickets and shows delays. It is free.'];
    expect(pickAnswer('What is OpenQuay?', blocks)).toBe('OpenQuay is an app that sells ferry tickets and shows delays. It is free.');
  });

  it('answers "Why" only with a sentence that gives a reason, joined to the one it leans on', () => {
    expect(
      pickAnswer('Why is the bridge closed?', [
        'The bridge has cracked in two places this winter. To reduce that danger, the council closed the bridge until May.',
      ]),
    ).toBe('The bridge has cracked in two places this winter. To reduce that danger, the council closed the bridge until May.');
    expect(pickAnswer('Why is the bridge closed?', ['The bridge is closed until May. Drivers use the ring road instead.'])).toBeUndefined();
  });

  it('never answers with a pointer, a list lead-in, Markdown debris or a sentence about the article itself', () => {
    for (const sentence of [
      'See the council website for the full timetable of the ferries.',
      'The new ferries will stop at the following piers:',
      'The ferries leave from [the pier](https://example.com) every hour.',
      'In this article we look at the ferry timetable for the summer.',
      'To reduce that risk, the ferries will leave every hour instead.',
      'The timetable page details the various routes for each ferry and each pier.',
      'Planning a crossing to Gullrock provides a detailed checklist for every passenger.',
      'The berths function returns an iterator over the boats in m.',
    ]) {
      expect(canOpenAnswer(sentence), sentence).toBe(false);
    }
  });

  it('answers with what a guide or a page says, not with a sentence about the guide', () => {
    expect(canOpenAnswer('The harbour guide was written by the port’s first pilot in 1912.')).toBe(true);
    expect(canOpenAnswer('The new timetable gives ferries to Gullrock a slot every hour.')).toBe(true);
    expect(canOpenAnswer('Plan B, e.g. a second pier, is a backup for a busy day.')).toBe(true);
  });

  it('skips an opening sentence that starts with a pronoun', () => {
    expect(pickAnswer('What did the group agree?', ['It was a long day for everyone there. The group agreed to meet every month in Mexico City.'])).toBe(
      'The group agreed to meet every month in Mexico City.',
    );
  });

  it('stays within about fifty words', () => {
    const long = 'The committee published a report that runs to many pages and covers every aspect of the border, the ports and the roads in between. ';
    const answer = pickAnswer('What did the report say?', [long.repeat(3)]) ?? '';
    expect(answer.split(/\s+/).length).toBeLessThanOrEqual(50);
  });

  it('answers "What X…?" only with a sentence that names X', () => {
    const blocks = ['The berth office opens at six for every boat. Ferry tickets are sold at the kiosk on the pier.'];
    expect(pickAnswer('What tickets are sold on the pier?', blocks)).toBe('Ferry tickets are sold at the kiosk on the pier.');
    expect(pickAnswer('What permits are needed for a berth?', ['The berth office opens at six for every boat and closes at noon.'])).toBeUndefined();
  });

  it('answers "What is X?" only with a sentence that names X', () => {
    const blocks = ['A berth is a place where a boat moors for the night. Harbourtown has forty of them.'];
    expect(pickAnswer('What is a berth map?', blocks)).toBeUndefined();
    expect(pickAnswer('What is a berth?', blocks)).toBe('A berth is a place where a boat moors for the night. Harbourtown has forty of them.');
  });

  it('never answers with a sentence that points at a page the reader cannot see', () => {
    expect(pickAnswer('How can owners donate to the fund?', ['Owners can donate to the fund through this Harbour Sponsors page.'])).toBeUndefined();
  });

  it('gives no answer when every sentence needs context it does not have', () => {
    expect(pickAnswer('What did she say?', ['She said no. They left.'])).toBeUndefined();
  });

  it('adds a second sentence only to a short first one, so a long answer does not wander', () => {
    const first = 'The harbour board has chosen a new operator for the island ferries after a long and public tender that lasted most of the year.';
    expect(pickAnswer('Who runs the island ferries?', [`${first} The operator also runs buses.`])).toBe(first);
    expect(pickAnswer('Who runs the island ferries?', ['Gullrock Lines runs the island ferries. The operator also runs buses.'])).toBe(
      'Gullrock Lines runs the island ferries. The operator also runs buses.',
    );
  });

  it('never answers in the author’s voice or with an exclamation, but lets "US" be the country', () => {
    expect(canOpenAnswer('Our team rebuilt the ferry timetable from scratch this spring.')).toBe(false);
    expect(canOpenAnswer('The timetable was rebuilt because we wanted fewer delays.')).toBe(false);
    expect(canOpenAnswer('The new ferries are the fastest in the whole region!')).toBe(false);
    expect(canOpenAnswer('The US Coast Guard inspected the new ferries in May.')).toBe(true);
  });

  it('answers a "How" the heading asks only with a sentence that says by what means', () => {
    const blocks = ['Many towns wanted a ferry service for years. The pass lets residents board any ferry with one card.'];
    expect(pickAnswer('How does the harbour pass work?', blocks, 'en', { askedAsWritten: true })).toBe(
      'The pass lets residents board any ferry with one card.',
    );
    expect(pickAnswer('How does the harbour pass work?', ['Many towns wanted a harbour pass for years.'], 'en', { askedAsWritten: true })).toBeUndefined();
  });

  it('adds the sentence that says what is being done when a "How" answer only sets the scene', () => {
    const scene = 'Harbourtown has lost forty homes to floods since the storm of 2019, and its engineers expect the sea to rise by a metre within the century.';
    const action = 'In response, the council has started building a sea wall along the old quay.';
    expect(pickAnswer('How is Harbourtown addressing flooding?', [`${scene} ${action}`])).toBe(`${scene} ${action}`);
    expect(pickAnswer('What has flooding cost Harbourtown?', [`${scene} ${action}`])).toBe(scene);
  });

  it('answers a question about what comes next only with a sentence about the future', () => {
    expect(pickAnswer('What is next for the ferries?', ['The ferries carry 9,000 people a day between the islands.'])).toBeUndefined();
    expect(pickAnswer('What is next for the ferries?', ['The ferries will stop at two more islands from June.'])).toBe(
      'The ferries will stop at two more islands from June.',
    );
  });
});

describe('looksEnglish', () => {
  it('tells English prose from Spanish prose', () => {
    expect(looksEnglish('The group will meet regularly to monitor the commitments that both countries made in the statement.')).toBe(true);
    expect(looksEnglish('El grupo se reunirá periódicamente para vigilar los compromisos que ambos países asumieron en la declaración conjunta.')).toBe(false);
  });
});

describe('questionIds', () => {
  it('prefixes slugs with q- and keeps repeated questions apart', () => {
    expect(questionIds(['What is the purpose of the group?', 'Why?', 'Why?'])).toEqual(['q-what-is-the-purpose-of-the-group', 'q-why', 'q-why-1']);
  });
});
