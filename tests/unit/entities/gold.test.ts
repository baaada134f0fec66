import { describe, expect, it } from 'vitest';
import { addScores, normalizeName, parseGold, precision, recall, renderQualityReport, scoreArticle } from '../../../src/lib/entities/gold.ts';

const gold = parseGold(
  [
    'article: content/briefings/2030/01/harbour.md',
    'people:',
    '  Ada Quill: [Quill]',
    'places:',
    '  Northport: []',
    'organizations:',
    '  Harbour Authority of Northport: [HAN]',
    'optional: [Dock Team]',
  ].join('\n'),
  'harbour.yaml',
);

describe('parseGold', () => {
  it('reads the article, each kind’s canonical names with their aliases, and the optional names', () => {
    expect(gold.article).toBe('content/briefings/2030/01/harbour.md');
    expect(gold.entities.people.get('Ada Quill')).toEqual(['Quill']);
    expect(gold.entities.places.get('Northport')).toEqual([]);
    expect(gold.optional).toEqual(['Dock Team']);
  });

  it('names the file when the annotation is malformed', () => {
    expect(() => parseGold('people: {}\n', 'broken.yaml')).toThrow(/broken\.yaml: needs `article:`/);
    expect(() => parseGold('article: a.md\npeople: [Ada Quill]\n', 'list.yaml')).toThrow(/list\.yaml: `people` must map/);
  });
});

describe('scoreArticle', () => {
  it('counts a canonical name or any alias as right, whatever its case, apostrophe or leading "the"', () => {
    expect(normalizeName('The  Harbour’s Board')).toBe("harbour's board");
    const score = scoreArticle(gold, { people: ['quill'], places: ['Northport'], organizations: ['the HAN'] });
    expect([score.people.truePositives, score.places.truePositives, score.organizations.truePositives]).toEqual([1, 1, 1]);
    expect(score.people.misses).toEqual([]);
  });

  it('lists a wrong name with its reason: not an entity, the wrong kind, or one entity twice', () => {
    const score = scoreArticle(gold, { people: ['Ada Quill', 'Quill', 'Northport'], places: ['Tuesday'], organizations: [] });
    expect(score.people.truePositives).toBe(1);
    expect(score.people.falsePositives.map((fp) => fp.reason)).toEqual(['a second entry for Ada Quill (already listed as Ada Quill)', 'is one of the places']);
    expect(score.places.falsePositives).toEqual([{ article: gold.article, name: 'Tuesday', reason: 'is not one of the places' }]);
    expect(score.places.misses).toEqual([{ article: gold.article, name: 'Northport' }]);
  });

  it('counts optional names neither right nor wrong', () => {
    const score = scoreArticle(gold, { people: [], places: [], organizations: ['Dock Team'] });
    expect(score.organizations.truePositives).toBe(0);
    expect(score.organizations.falsePositives).toEqual([]);
  });
});

describe('precision, recall and the report', () => {
  const other = parseGold('article: b.md\npeople: {}\nplaces:\n  Southport: []\norganizations: {}\n', 'b.yaml');
  const total = addScores([
    scoreArticle(gold, { people: ['Ada Quill', 'Monday Morning'], places: ['Northport'], organizations: [] }),
    scoreArticle(other, { people: [], places: [], organizations: [] }),
  ]);

  it('adds up articles and computes precision and recall per kind', () => {
    expect(precision(total.people)).toBe(0.5);
    expect(recall(total.people)).toBe(1);
    expect(recall(total.places)).toBe(0.5);
    expect(precision(total.organizations)).toBe(1);
    expect(recall(total.organizations)).toBe(0);
  });

  it('writes a table per kind, the cost, and every wrong and missed name with its article', () => {
    const report = renderQualityReport(total, {
      command: 'npm run entities:eval',
      articles: 2,
      ranAt: new Date('2030-01-02T00:00:00Z'),
      cost: { medianMs: 1.234, briefings: 2, on: 'two briefings' },
    });
    expect(report).toContain('| people | 50.0% | 100.0% | 1 | 1 | 0 |');
    expect(report).toContain('median 1.23 ms of CPU per briefing');
    expect(report).toContain('- Monday Morning (content/briefings/2030/01/harbour.md): is not one of the people');
    expect(report).toContain('- Southport (b.md)');
  });
});
