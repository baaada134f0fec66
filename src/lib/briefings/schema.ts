import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { site } from '../../site.config.ts';
import { impossibleDateReason, parseBriefingDate } from './dates.ts';
import { MAX_IMAGE_SIDE } from './image-limits.ts';
import { imagePathProblem } from './image-path.ts';
import { normalizeTopics } from './topics.ts';
import { nameProblem } from './paths.ts';

const DATE_HINT = 'write it as YYYY-MM-DD (e.g. 2025-09-03) or as an ISO date-time (e.g. 2025-09-03T14:30:00Z)';

const requiredText = (field: string, example: string, where = 'the front matter') =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is required: add a line such as \`${field}: ${example}\` to ${where}` : `must be text, e.g. \`${field}: ${example}\``,
    })
    .trim()
    .min(1, `is empty: write a value, e.g. \`${field}: ${example}\``);

const optionalText = (field: string) =>
  z
    .string({ error: `must be text (put quotes around it if it starts with a special character): check \`${field}\`` })
    .trim()
    .min(1, 'is empty: remove the line or write a value')
    .optional();

const briefingDate = (field: string, required: boolean) =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null) {
      if (required) ctx.addIssue({ code: 'custom', message: `is required: add a line such as \`${field}: 2025-09-03\` to the front matter` });
      return z.NEVER;
    }
    const date = parseBriefingDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${String(value)}" is ${impossibleDateReason(String(value)) ?? 'not a date the site can read'}: ${DATE_HINT}` });
      return z.NEVER;
    }
    return date;
  });

const pixels = z
  .number({ error: 'must be a number of pixels, e.g. `1200`' })
  .int('must be a whole number of pixels')
  .positive('must be a number of pixels, e.g. `1200`')
  .max(MAX_IMAGE_SIDE, `is more than a picture on a page can be (at most ${MAX_IMAGE_SIDE} pixels): write the picture's real size, e.g. \`1200\``);

const image = z
  .strictObject(
    {
      src: optionalText('image.src'),
      alt: optionalText('image.alt'),
      caption: optionalText('image.caption'),
      credit: optionalText('image.credit'),
      width: pixels.optional(),
      height: pixels.optional(),
    },
    { error: 'must be a list of fields: `src`, `alt` and optionally `caption`, `credit`, `width` and `height`' },
  )
  .superRefine((value, ctx) => {
    const pathProblem = value.src ? imagePathProblem(value.src) : undefined;
    if (pathProblem) ctx.addIssue({ code: 'custom', path: ['src'], message: pathProblem });
    if (value.src && !value.alt) {
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'is required when the image has a `src`: describe what the picture shows for readers who cannot see it',
      });
    }
  });

/** What an address cannot be made of, said for a topic or a name, with the fix. */
function addressProblem(text: string, what: string): string | undefined {
  const problem = nameProblem(text);
  if (!problem) return undefined;
  return problem.kind === 'no-words'
    ? `${JSON.stringify(text)} has no letters or digits to make the ${what}'s address from: write it in words`
    : `${JSON.stringify(text)} has letters with no Latin spelling (${problem.letters}), and addresses are written in Latin letters: write the ${what} in Latin letters`;
}

const nameList = (field: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, 'has an empty name')
        .superRefine((name, ctx) => {
          const problem = field === 'entitiesExclude' ? undefined : addressProblem(name, 'name');
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      { error: `must be a list of names, e.g. \`${field}: [Claudia Sheinbaum]\`` },
    )
    .optional();

const qaPair = z.strictObject(
  {
    question: requiredText('question', '"What did the group agree?"', 'the item'),
    answer: requiredText('answer', '"They agreed to meet monthly."', 'the item'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field ${issue.keys.map((key) => `\`${key}\``).join(', ')}: each Key Questions item has a \`question:\` and an \`answer:\` line`
        : 'must be a `question:` and an `answer:` line, e.g. `- question: "What did the group agree?"` followed by `  answer: "They agreed to meet monthly."`',
  },
);

/** Field names an editor may write; kept beside the schema so "did you mean" stays in step. */
const BRIEFING_FIELDS = ['title', 'date', 'updated', 'author', 'summary', 'topics', 'image', 'draft', 'search', 'qa', 'entities', 'entitiesExclude'] as const;

/** The field an unknown key was probably meant to be, when it is close enough to guess. */
export function closestField(key: string): string | undefined {
  const guess = closest(key, [...BRIEFING_FIELDS]);
  return distance(key, guess) <= Math.max(2, key.length / 3) ? guess : undefined;
}

function unknownFieldMessage(keys: readonly string[]): string {
  const hints = keys.map((key) => {
    const guess = closestField(key);
    return guess ? `\`${key}\` (did you mean \`${guess}\`?)` : `\`${key}\``;
  });
  return `unknown field ${hints.join(', ')}: known fields are ${BRIEFING_FIELDS.join(', ')}`;
}

/**
 * The front matter of a briefing: validated, with defaults filled in and topics normalised.
 * Used when the content folder is read (content-folder.ts) and by every tool that checks a file.
 */
export const briefingSchema = z
  .strictObject(
    {
      title: requiredText('title', '"US and Mexico form security group"'),
      date: briefingDate('date', true),
      updated: briefingDate('updated', false).optional(),
      author: optionalText('author').default(site.defaultAuthor),
      summary: optionalText('summary'),
      topics: z
        .union([z.string(), z.array(z.string({ error: 'must be a list of words, e.g. `topics: [security, mexico]`' }))], {
          error: 'must be a list of words, e.g. `topics: [security, mexico]`',
        })
        .default([])
        .superRefine((value, ctx) => {
          (typeof value === 'string' ? [value] : value).forEach((topic, index) => {
            const problem = addressProblem(topic.trim(), 'topic');
            if (problem) ctx.addIssue({ code: 'custom', path: typeof value === 'string' ? [] : [index], message: problem });
          });
        })
        .transform((value) => normalizeTopics(typeof value === 'string' ? [value] : value)),
      image: image.optional(),
      draft: z.boolean({ error: 'must be `true` or `false`' }).default(false),
      search: z.boolean({ error: 'must be `true` or `false`' }).default(true),
      qa: z
        .union([z.literal(false), z.array(qaPair)], {
          error: 'must be `false` or a list of `question:` / `answer:` pairs',
        })
        .optional(),
      entities: z
        .strictObject(
          { people: nameList('people'), places: nameList('places'), organizations: nameList('organizations') },
          { error: 'must list `people:`, `places:` and/or `organizations:` to add to what is found' },
        )
        .optional(),
      entitiesExclude: nameList('entitiesExclude'),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys) : 'must start with front matter between two `---` lines'),
    },
  )
  .superRefine((value, ctx) => {
    if (value.updated && value.updated < value.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than `date`: an update cannot come before the briefing' });
    }
  });

/** A briefing's front matter after validation. */
export type BriefingData = z.output<typeof briefingSchema>;
