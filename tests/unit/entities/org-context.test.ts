import { describe, expect, it } from 'vitest';
import { acronymActsAsBody, actsAsBody, bodyAfter, bodyBefore, bodyNameKey, ownedByBody, teamOwnerLength } from '../../../src/lib/entities/org-context.ts';

describe('the words before a name', () => {
  it('say a body follows after examples of bodies, in either spelling and with names listed before', () => {
    expect(bodyBefore('Regulators looked at lenders such as ', ' and')).toBe(true);
    expect(bodyBefore('Small regional lenders like ', ' will')).toBe(true);
    expect(bodyBefore('several charities, including Quellmark, Harbour Relief and ', ' said')).toBe(true);
    expect(bodyBefore('partner organisations such as ', '.')).toBe(true);
  });

  it('say a body follows after a deal only bodies make', () => {
    expect(bodyBefore('The start-up was acquired by ', ' last year')).toBe(true);
    expect(bodyBefore('It is now a subsidiary of ', '.')).toBe(true);
    expect(bodyBefore('The fund bought a stake in ', ' in May')).toBe(true);
    expect(bodyBefore('The mill was taken over by ', ' in 2019')).toBe(true);
    expect(bodyBefore('The mill was handed over by ', ' in 2019')).toBe(false);
  });

  it('say a body follows when the name is set off by commas after a noun for a body', () => {
    expect(bodyBefore('The code was checked by an independent testing organization, ', ', which')).toBe(true);
    expect(bodyBefore('The firm, ', ', said')).toBe(true);
    expect(bodyBefore('For the company, ', ' said it would wait')).toBe(false);
  });

  it('say nothing about a name after people, places or plain verbs', () => {
    expect(bodyBefore('She met ', ' on Monday')).toBe(false);
    expect(bodyBefore('Cities such as ', ' grew')).toBe(false);
    expect(bodyBefore('The report was written by ', ' and')).toBe(false);
  });
});

describe('the words after a name', () => {
  it('say a body when a legal form or its own research team follows', () => {
    expect(bodyAfter(', Inc. said')).toBe(true);
    expect(bodyAfter(' Ltd of Leeds')).toBe(true);
    expect(bodyAfter(' vulnerability research team found')).toBe(true);
    expect(bodyAfter(', Indiana')).toBe(false);
    expect(bodyAfter(' said on Monday')).toBe(false);
  });

  it('say a body acts when it announces, acquires or merges; "said" is left to people as well', () => {
    expect(actsAsBody(' announced on Monday')).toBe(true);
    expect(actsAsBody(' has also acquired a rival')).toBe(true);
    expect(actsAsBody(' said on Monday')).toBe(false);
    expect(actsAsBody(' announcement')).toBe(false);
  });

  it('say an acronym acts as a body when it says, declares or warns', () => {
    expect(acronymActsAsBody(' declared a state of emergency')).toBe(true);
    expect(acronymActsAsBody(' has warned that')).toBe(true);
    expect(acronymActsAsBody(' files were lost')).toBe(false);
  });

  it('say a body owns what follows a possessive when only bodies have it', () => {
    expect(ownedByBody(' shareholders voted')).toBe(true);
    expect(ownedByBody(' security research team found')).toBe(true);
    expect(ownedByBody(' chief executive resigned')).toBe(true);
    expect(ownedByBody(' daughter said')).toBe(false);
    expect(ownedByBody(' new book')).toBe(false);
  });
});

describe('a research team’s name', () => {
  it('opens with the body it belongs to', () => {
    expect(teamOwnerLength(['Quellmark', 'Malware', 'Research', 'Team'])).toBe(1);
    expect(teamOwnerLength(['Harbour', 'Freight', 'Intelligence', 'Unit'])).toBe(2);
  });

  it('says nothing of a team without a research field, or one with no body before it', () => {
    expect(teamOwnerLength(['Quellmark', 'Security', 'Team'])).toBe(0);
    expect(teamOwnerLength(['Release', 'Team'])).toBe(0);
    expect(teamOwnerLength(['Malware', 'Research', 'Team'])).toBe(0);
    expect(teamOwnerLength(['Quellmark', 'Research', 'Council'])).toBe(0);
  });
});

describe('bodyNameKey', () => {
  it('gives British and American spellings and curly and straight apostrophes one key', () => {
    expect(bodyNameKey('Harbour Freight Organisation')).toBe(bodyNameKey('Harbor Freight Organization'));
    expect(bodyNameKey('Quellmark Centre for Defence Studies')).toBe(bodyNameKey('Quellmark Center for Defense Studies'));
    expect(bodyNameKey('Miners’ Welfare Fund')).toBe(bodyNameKey("Miners' Welfare Fund"));
    expect(bodyNameKey('Harbour Freight Authority')).not.toBe(bodyNameKey('Harbour Freight Agency'));
  });
});
