import type { z } from 'zod';
import { site } from '../../site.config.ts';
import { briefingDay, writtenDateTime } from './dates.ts';
import { parseFrontMatter } from './front-matter.ts';
import { nestingProblems } from './nesting.ts';
import type { BriefingProblem } from './problems.ts';
import { type BriefingData, briefingSchema, closestField } from './schema.ts';

export type { BriefingProblem } from './problems.ts';
export { formatProblem } from './problems.ts';

/** How far ahead a briefing's date may be before the editor is warned it may be a typo. */
const FUTURE_GRACE_DAYS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BriefingCheck =
  | {
      ok: true;
      data: BriefingData;
      /** The briefing's calendar day (see briefingDay), YYYY-MM-DD. */
      day: string;
      /** The calendar day of `updated`, when there is one. */
      updatedDay?: string | undefined;
      /** `date` and `updated` as ISO date-times in the offset written (writtenDateTime). */
      published: string;
      modified?: string | undefined;
      /** The line of the `date` field. */
      dateLine?: number | undefined;
      /** The line of the `topics` field. */
      topicsLine?: number | undefined;
      body: string;
      bodyLine: number;
      problems: BriefingProblem[];
    }
  | { ok: false; problems: BriefingProblem[] };

/**
 * Parses and validates one briefing file's text (already decoded, see source-text.ts) and
 * returns every problem at once instead of stopping at the first: front matter, schema, an empty
 * body. `ok` briefings may still carry warnings (a date far in the future).
 */
export function checkBriefing(file: string, text: string, now: Date = new Date()): BriefingCheck {
  const parsed = parseFrontMatter(file, text);
  if ('problems' in parsed) return { ok: false, problems: parsed.problems };
  const problems: BriefingProblem[] = [];
  const result = briefingSchema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues.flatMap(matchingBranch);
    // A misspelt field (`tittle`) already says what to do; "`title` is required" would repeat it.
    const misspelt = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => closestField(key)) : [])));
    for (const issue of issues) {
      const field = issue.path.length === 1 ? String(issue.path[0]) : undefined;
      if (field && parsed.data[field] === undefined && misspelt.has(field)) continue;
      problems.push(toProblem(file, issue, parsed));
    }
  }
  if (parsed.body.trim() === '') {
    problems.push({
      file,
      line: parsed.bodyLine,
      severity: 'error',
      message: 'has no text: write the briefing below the closing `---` line (set `draft: true` to keep an unfinished briefing off the site)',
    });
  }
  // Before any Markdown parser sees the body: nesting that would overflow or stall it.
  problems.push(...nestingProblems(file, parsed.body, parsed.bodyLine));
  if (result.success && result.data.date.getTime() - now.getTime() > FUTURE_GRACE_DAYS * DAY_MS) {
    const days = Math.round((result.data.date.getTime() - now.getTime()) / DAY_MS);
    problems.push({
      file,
      line: parsed.lineOf(['date']),
      field: 'date',
      severity: 'warning',
      message: `is ${days} days in the future: the briefing is published now with that date; check the year and month`,
    });
  }
  if (!result.success || problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  const { data } = result;
  return {
    ok: true,
    data,
    day: briefingDay(parsed.data.date, data.date, site.timeZone),
    updatedDay: data.updated && briefingDay(parsed.data.updated, data.updated, site.timeZone),
    published: writtenDateTime(parsed.data.date, data.date),
    modified: data.updated && writtenDateTime(parsed.data.updated, data.updated),
    dateLine: parsed.lineOf(['date']),
    topicsLine: parsed.lineOf(['topics']),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    problems,
  };
}

/**
 * A value that fits none of a field's forms (`qa: false` or a list of pairs) is best explained
 * by the form it was written in: a list with an incomplete item gets that item's problems
 * (`qa[2].answer` is required), not "must be `false` or a list".
 */
function matchingBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const branch = issue.errors.find((issues) => issues.length > 0 && issues.every((inner) => inner.path.length > 0));
  return branch ? branch.flatMap((inner) => matchingBranch({ ...inner, path: [...issue.path, ...inner.path] })) : [issue];
}

/** `qa[2].answer`: a field's path as an editor counts, list items from 1. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key + 1}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
}

function toProblem(
  file: string,
  issue: z.core.$ZodIssue,
  front: { lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined; closingLine: number },
): BriefingProblem {
  // Unknown fields are reported on the object that holds them; point at the first of them.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = issue.path.length > 0 ? fieldName(issue.path) : undefined;
  // A missing field has no line of its own: name the closing `---`, above which it is added.
  return { file, line: front.lineOf(path) ?? front.closingLine, field, severity: 'error', message: issue.message };
}
