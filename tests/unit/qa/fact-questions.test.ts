import { describe, expect, it } from 'vitest';
import { factQuestion } from '../../../src/lib/qa/fact-questions.ts';
import { articleCasing } from '../../../src/lib/qa/recase.ts';
import { topicWordsOf } from '../../../src/lib/qa/sentence-parts.ts';

const casing = articleCasing('Ferries to Gullrock and the OpenQuay app are run by Harbourtown. Ask Mira Quell at the office.');
const context = { casing, terms: new Set<string>(), topicWords: topicWordsOf(['New berths for the Harbourtown port']) };
const ask = (sentence: string) => factQuestion(sentence, context)?.question;

describe('factQuestion: dates', () => {
  it('asks when, with the date at the end or at the start of the sentence', () => {
    expect(ask('The new berths will open in May 2027.')).toBe('When will the new berths open?');
    expect(ask('Harbourtown opened the port on 3 March 2024.')).toBe('When did Harbourtown open the port?');
    expect(ask('Starting on June 1, 2026, ferries to Gullrock will leave from the new quay.')).toBe('When will ferries to Gullrock leave from the new quay?');
    expect(ask('We expect the OpenQuay app to support tickets in early 2027.')).toBe('When is the OpenQuay app expected to support tickets?');
  });

  it('declines a date when the clause already says when', () => {
    expect(ask('The final timetable will be approved at the next council meeting in December.')).toBeUndefined();
  });

  it('declines a date that is not the point of a single clause', () => {
    expect(ask('The port opened after the storm passed in 2024.')).toBeUndefined();
    expect(ask('In 2023, the port was busy in July.')).toBeUndefined();
    expect(ask('The port opened and the ferries returned in 2024.')).toBeUndefined();
    expect(ask('It will open in May 2027.')).toBeUndefined();
    // "the quay" points back at a quay the reader of the question has not met.
    expect(ask('The quay will open in May 2027.')).toBeUndefined();
  });
});

describe('factQuestion: amounts', () => {
  it('asks how many or how much of what the verb acts on', () => {
    expect(ask('Harbourtown handled 1,200 cargo ships in 2024.')).toBe('How many cargo ships did Harbourtown handle in 2024?');
    expect(ask('More than 300 permits were issued in the first year.')).toBe('How many permits were issued in the first year?');
    expect(ask('Harbourtown has committed £4 million to the new berths.')).toBe('How much has Harbourtown committed to the new berths?');
  });

  it('declines a count that names nothing, and a date that only says when a state held', () => {
    expect(ask('The OpenQuay app supports three payment modes.')).toBeUndefined();
    expect(ask('As of February 2026, Gullrock is already in compliance.')).toBeUndefined();
    expect(ask('The Gullrock ferry is available as of late July 2026.')).toBeUndefined();
  });

  it('declines a count at the end of a long clause', () => {
    expect(ask('Mira began the harbour safety session at the pier by asking the ferry crews 3 questions.')).toBeUndefined();
  });

  it('declines an amount inside a phrase, a share, or a sentence that says two things', () => {
    expect(ask('Harbourtown has committed a £4 million package to the berths.')).toBeUndefined();
    expect(ask('Ferries answer calls within nine hours.')).toBeUndefined();
    expect(ask('Harbourtown handled 40% of the cargo ships.')).toBeUndefined();
    expect(ask('Harbourtown handled 1,200 ships and the ferries carried 9,000 people.')).toBeUndefined();
    expect(ask('Harbourtown buys $100 boats from Gullrock.')).toBeUndefined();
    // An age or a delay makes a trivial question.
    expect(ask('The new port is 40 years old.')).toBeUndefined();
    expect(ask('The first ferry came three hours later.')).toBeUndefined();
  });
});

describe('factQuestion: what something makes possible, and what a term means', () => {
  it('does not ask what a thing "exists to allow": the question would carry the subject’s own verb', () => {
    expect(ask('Harbour test berths exist to allow skippers to practise mooring.')).toBeUndefined();
  });

  it('asks what a named thing lets someone do', () => {
    expect(ask('The OpenQuay app lets passengers buy tickets on board.')).toBe('What does the OpenQuay app let passengers do?');
    expect(ask('Harbour passes allow residents to park at the quay.')).toBe('What do harbour passes allow residents to do?');
    expect(ask('The OpenQuay app allows you to buy tickets.')).toBeUndefined();
    expect(ask('The plea for help was made by the mayor.')).toBeUndefined();
  });

  it('asks what a name stands for and what a named thing is used for', () => {
    expect(ask('OpenQuay stands for open harbour quays.')).toBe('What does OpenQuay stand for?');
    expect(ask('The OpenQuay app is mainly used to buy tickets.')).toBe('What is the OpenQuay app used for?');
  });
});

describe('factQuestion: who did it, and what a thing is for', () => {
  it('asks who did what a passive sentence names the doer of', () => {
    expect(ask('The Harbourtown port survey was carried out by Quellmark Labs.')).toBe('Who carried out the Harbourtown port survey?');
    expect(ask('The OpenQuay app is maintained by the Harbour Board.')).toBe('Who maintains the OpenQuay app?');
    expect(ask('The new berths were built by Gullrock Marine.')).toBe('Who built the new berths?');
  });

  it('asks who does what is done habitually by people named only by what they are', () => {
    expect(ask('The OpenQuay app is maintained by volunteers.')).toBe('Who maintains the OpenQuay app?');
    expect(ask('The OpenQuay app is maintained mostly by volunteers.')).toBe('Who maintains the OpenQuay app?');
    expect(ask('The OpenQuay app is maintained by ferry operators.')).toBe('Who maintains the OpenQuay app?');
  });

  it('asks what, not who, when the doer is a thing', () => {
    expect(ask('Traffic between OpenQuay piers is managed by the Quay Service resource.')).toBe('What manages traffic between OpenQuay piers?');
    expect(ask('The OpenQuay app is maintained by the Zentrix scheduler.')).toBe('What maintains the OpenQuay app?');
    expect(ask('The OpenQuay app is maintained by the Zentrix team.')).toBe('Who maintains the OpenQuay app?');
  });

  it('declines a doer named only by what they are for one past event, or a passive that says two things', () => {
    expect(ask('The new berths were built by workers.')).toBeUndefined();
    expect(ask('The new berths were built and painted by Gullrock Marine.')).toBeUndefined();
    expect(ask('It was built by Gullrock Marine.')).toBeUndefined();
  });

  it('asks what a body introduced with its acronym does, or what it is', () => {
    expect(ask('The Harbour Safety Board (HSB) inspects every ferry before the summer season.')).toBe('What does HSB do?');
    expect(ask('The Gullrock Ferry Office (GFO) is an agency that sells island passes.')).toBe('What is GFO?');
  });

  it('declines an acronym that is not the name’s, or a verb that is not what the body does', () => {
    expect(ask('The Harbour Safety Board (XYZ) inspects every ferry before the summer season.')).toBeUndefined();
    expect(ask('The Harbour Safety Board (HSB) inspected every ferry last summer.')).toBeUndefined();
    expect(ask('The Harbour Safety Board (HSB) has three inspectors.')).not.toBe('What does HSB do?');
    expect(ask('The Harbour Safety Board (HSB) members voted for the plan.')).toBeUndefined();
    // A name the article writes in lower case is not taken for one.
    expect(ask('The harbour safety board (HSB) inspects every ferry before the summer season.')).toBeUndefined();
  });

  it('asks what a named part of a system does', () => {
    expect(ask('The --berth flag prints the berth of every ferry in the port.')).toBe('What does the --berth flag do?');
    expect(ask('The Tide-Warning header tells a ferry when the tide turns.')).toBe('What does the Tide-Warning header do?');
    // "uses", "has": what the part is like, not what it does.
    expect(ask('The --berth flag uses a similar format as the tide table.')).toBeUndefined();
    // "the new flag" is not named, and "leads to" says something about it rather than what it does.
    expect(ask('The new flag prints the berth of every ferry in the port.')).toBeUndefined();
  });

  it('asks how a named thing works, what will become of it, and where it is found', () => {
    expect(ask('The OpenQuay app works by matching each ticket to a berth.')).toBe('How does the OpenQuay app work?');
    expect(ask('The Harbourtown ferry portal will be retired at the end of the season.')).toBe('What will happen to the Harbourtown ferry portal?');
    expect(ask('The Harbourtown ferry timetable is available on the council website.')).toBe('Where is the Harbourtown ferry timetable available?');
    // "a full timetable" or "the timetable" names nothing a reader could look for.
    expect(ask('A full timetable is available on the council website.')).toBeUndefined();
    expect(ask('The new berths timetable is available here.')).toBeUndefined();
    expect(ask('It will be retired at the end of the season.')).toBeUndefined();
  });

  it('asks what determines or caused something', () => {
    expect(ask('The berth fee is determined by the length of the boat.')).toBe('What determines the berth fee?');
    expect(ask('The delay to the new berths was caused by a winter storm.')).toBe('What caused the delay to the new berths?');
    expect(ask('It was caused by a winter storm.')).toBeUndefined();
  });

  it('asks what share of a group did something', () => {
    expect(ask('About 70% of boat owners renewed a berth permit in spring.')).toBe('What share of boat owners renewed a berth permit in spring?');
    expect(ask('70% of boat owners renewed early, while 20% waited.')).toBeUndefined();
  });

  it('does not ask what a thing is designed to do when it is designed "to be" something', () => {
    expect(ask('The OpenQuay app was designed to be easy to read on a phone.')).toBeUndefined();
    expect(ask('The OpenQuay app was built to grow and designed to adapt.')).toBeUndefined();
    expect(ask('The OpenQuay app was built to last.')).toBeUndefined();
  });

  it('asks what a named thing was designed to do', () => {
    expect(ask('The OpenQuay app was designed to sell ferry tickets on board.')).toBe('What was the OpenQuay app designed to do?');
  });
});
