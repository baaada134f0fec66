import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'zod';
import { type BriefingData, briefingSchema } from './schema.ts';

/** One thing wrong with a briefing file, said so an editor can find and fix it. */
export interface BriefingProblem {
  file: string;
  field?: string | undefined;
  message: string;
}

export type BriefingCheck =
  | { ok: true; data: BriefingData; body: string }
  | { ok: false; problems: BriefingProblem[] };

/**
 * Parses and validates one briefing file the way the build does (same front-matter parser,
 * same schema), returning every problem at once instead of stopping at the first.
 */
export function checkBriefing(file: string, source: string): BriefingCheck {
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    ({ frontmatter, content: body } = parseFrontmatter(source));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [{ file, message: `the front matter is not valid YAML (${reason}): check the lines between the two \`---\` lines` }] };
  }
  const result = briefingSchema.safeParse(frontmatter ?? {});
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => toProblem(file, issue)) };
  return { ok: true, data: result.data, body };
}

function toProblem(file: string, issue: z.core.$ZodIssue): BriefingProblem {
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  return { file, field, message: issue.message };
}

/** "content/briefings/x.md: `title` is required: add …" — one line per problem. */
export function formatProblem(problem: BriefingProblem): string {
  return problem.field ? `${problem.file}: \`${problem.field}\` ${problem.message}` : `${problem.file}: ${problem.message}`;
}
