import type { PressCategory } from './brown.ts';

/** The topics briefings are filed under; letters and spaces only, so they need no YAML quoting. */
export const TOPICS = [
  'Politics',
  'Elections',
  'Courts',
  'Crime',
  'City Hall',
  'State Government',
  'Congress',
  'Education',
  'Taxes',
  'Labor',
  'Transportation',
  'Housing',
  'Health',
  'Sports',
  'Business',
  'Foreign Affairs',
  'Defense',
  'Civil Rights',
  'Economy',
  'Religion',
  'Opinion',
  'Arts',
  'Books',
  'Music',
  'Theater',
  'Film',
  'Television',
  'Science',
  'Agriculture',
  'Weather',
] as const;

/** The topic a briefing is first filed under, by the kind of press text its prose comes from. */
export const LEAD_TOPICS: Record<PressCategory, readonly (typeof TOPICS)[number][]> = {
  reportage: ['Politics', 'Elections', 'Courts', 'Crime', 'City Hall', 'State Government', 'Congress', 'Education', 'Taxes', 'Labor', 'Sports', 'Business'],
  editorial: ['Opinion', 'Foreign Affairs', 'Defense', 'Economy', 'Civil Rights', 'Religion'],
  review: ['Arts', 'Books', 'Music', 'Theater', 'Film', 'Television'],
};

/** Bylines for the briefings that name an author (the rest get the site's default). */
export const BYLINES = [
  'Metro Desk',
  'Washington Bureau',
  'Foreign Desk',
  'Business Desk',
  'Arts Desk',
  'Sports Desk',
  'Opinion Staff',
  'State House Bureau',
] as const;

/** The first and last day a briefing may be dated: eight years of news. */
export const DATE_RANGE = { first: '2018-01-01', last: '2025-12-31' } as const;

/** The heading of a Q&A block, one the site recognises. */
export const QA_HEADING = 'Key Questions and Answers';
