import { describe, expect, it } from 'vitest';
import { asReader, readerQuestion } from '../../../src/lib/qa/reader-questions.ts';

const ask = (sentence: string) => readerQuestion(sentence)?.question;

describe('readerQuestion', () => {
  it('asks how to reach a goal the sentence tells the reader how to reach', () => {
    expect(ask('To renew a mooring permit, send the form to the harbour office.')).toBe('How do I renew a mooring permit?');
    expect(ask('To book a berth for your boat, you need a harbour account.')).toBe('How do I book a berth for my boat?');
    // One step of several, or code the box cannot explain, does not answer "How do I…?".
    expect(ask('To book a berth for your boat, you must first open a harbour account.')).toBeUndefined();
    expect(ask('To copy the whole berth list, use list = berths.All().')).toBeUndefined();
  });

  it('does not take a purpose that someone else pursued, or a sentence adverb, for the reader’s goal', () => {
    expect(ask('To celebrate the opening, the council held a party on the quay.')).toBeUndefined();
    expect(ask('To date, the harbour office has issued 40 permits.')).toBeUndefined();
    expect(ask('To reduce that risk, pilots guide every ferry into port.')).toBeUndefined();
  });

  it('asks what happens on a condition, or what to do when the sentence gives an instruction', () => {
    expect(ask('If your permit expires, the berth is given to the next boat on the list.')).toBe('What happens if my permit expires?');
    expect(ask('If you own a boat under 6 metres, you can moor it at the north pier for free.')).toBe('What can I do if I own a boat under 6 metres?');
    expect(ask('If you need a berth at Gullrock in winter, you’re better off booking at the east quay.')).toBe(
      'What should I do if I need a berth at Gullrock in winter?',
    );
    // Advice on a condition that names nothing fits everyone: any one tip would "answer" it.
    expect(ask('If you are planning a trip, be sure to book a berth early.')).toBeUndefined();
    // About the reader, only advice is asked: "What happens if I have…?" is mechanical.
    expect(ask('If you have a boat of unknown length, the harbour office can measure it on the slipway.')).toBeUndefined();
    expect(ask('If you live in Gullrock, make sure you renew the berth permit before May.')).toBe('What should I do if I live in Gullrock?');
    expect(ask('If you are interested in Gullrock, head over to the council’s ferry pages.')).toBeUndefined();
    // "If an error occurs" fits any article.
    expect(ask('If an error occurs, the harbour app shows the last timetable.')).toBeUndefined();
    // "If you want to X" asks how to X, answered only by what the reader should do.
    expect(ask('If you want to change your berth at Gullrock, send the form to the harbour office.')).toBe('How do I change my berth at Gullrock?');
    // A task of a few plain words needs the article around it.
    expect(ask('If you want to save state, send the form to the harbour office.')).toBeUndefined();
    expect(ask('If you want to change your berth, several new forms have been added to the app.')).toBeUndefined();
    // A condition that is really a list ("If you X, Y, or Z, …") is not split at its first comma.
    expect(ask('If you sell tickets at Gullrock, run a kiosk, or hire a boat, the harbour office needs a licence.')).toBeUndefined();
    expect(ask('If you are new to sailing, you should read the harbour guide before you book.')).toBeUndefined();
    expect(ask('Each time a ferry docks at Gullrock, a crew member checks every ticket on board.')).toBe('What happens when a ferry docks at Gullrock?');
    // A past "When…" sets a scene; it is not a condition.
    expect(ask('When the storm passed, the harbour office reopened the north pier for boats.')).toBeUndefined();
    expect(ask('When you arrived last year, the harbour office charged a fee for each night.')).toBeUndefined();
    expect(ask('If a ferry is cancelled, show your ticket at the office for a refund.')).toBe('What should I do if a ferry is cancelled?');
  });

  it('declines conditions that point back, point elsewhere or speak for the author', () => {
    expect(ask('If the list is empty, the office closes the waiting list for the season.')).toBeUndefined();
    expect(ask('If you need to do both, you will need two separate permits for the season.')).toBeUndefined();
    expect(ask('If you have questions, contact the harbour office by email.')).toBeUndefined();
    expect(ask('If you have ideas for the quay, we would love to hear them at our meetings.')).toBeUndefined();
    expect(ask('If you like boats, you will love this!')).toBeUndefined();
    expect(ask('If the Gullrock ferry is late, as the timetable warns, the bus waits at the quay.')).toBeUndefined();
    expect(ask('When the tide turned, the ferry left the harbour for the island.')).toBeUndefined();
    expect(ask('When you arrive after midnight, the gate is opened by the night watch.')).toBeUndefined();
  });
});

describe('asReader', () => {
  it('turns the article’s "you" into the reader’s "I"', () => {
    expect(asReader('you are late for your ferry')).toBe('I am late for my ferry');
    expect(asReader('the office sends you a form')).toBe('the office sends me a form');
    expect(asReader('you’re a resident and you park yourself')).toBe('I’m a resident and I park myself');
    expect(asReader('our office opens')).toBeUndefined();
  });
});

describe('readerQuestion: a means offered to the reader', () => {
  it('asks how I can do what the sentence says I can do, and by what means', () => {
    expect(ask('You can renew a berth permit by sending the form to the harbour office.')).toBe('How can I renew a berth permit?');
    expect(ask('You can check the tide times using the OpenQuay app.')).toBe('How can I check the tide times?');
    // "You could…" only suggests.
    expect(ask('You could check the tide times using the OpenQuay app.')).toBeUndefined();
  });

  it('declines a means that only points elsewhere or an aim that says nothing', () => {
    expect(ask('You can find out more by visiting the harbour office website.')).toBeUndefined();
    expect(ask('You can also renew a permit in person at the office.')).toBeUndefined();
  });
});
