import type { z } from 'zod';
import { site } from '../../site.config.ts';
import { briefingDay, writtenDateTime } from './dates.ts';
import { parseFrontMatter } from './front-matter.ts';
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
    const issues = result.error.issues;
    // A misspelt field (`tittle`) already says what to do; "`title` is required" would repeat it.
    const misspelt = new Set(issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => closestField(key)) : [])));
    for (const issue of issues) {
      const field = issue.path.length === 1 ? String(issue.path[0]) : undefined;
      if (field && parsed.data[field] === undefined && misspelt.has(field)) continue;
      problems.push(toProblem(file, issue, parsed.lineOf));
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
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    problems,
  };
}

function toProblem(file: string, issue: z.core.$ZodIssue, lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined): BriefingProblem {
  // Unknown fields are reported on the object that holds them; point at the first of them.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  return { file, line: lineOf(path), field, severity: 'error', message: issue.message };
}
