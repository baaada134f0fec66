import type { BriefingProblem } from './problems.ts';

/**
 * The largest briefing file the site takes: 3 MB, about 150 times a long briefing, so a 2 MB
 * record still publishes. A briefing is read whole into memory and rendered in one piece, so a
 * pasted archive or transcript of many megabytes would hold up every build; it is refused
 * before it is read.
 */
const MAX_BRIEFING_BYTES = 3 * 1024 * 1024;

const MB = 1024 * 1024;

/** An error for a file larger than MAX_BRIEFING_BYTES, naming its size and the limit. */
export function briefingSizeProblem(file: string, bytes: number): BriefingProblem | undefined {
  if (bytes <= MAX_BRIEFING_BYTES) return undefined;
  return {
    file,
    severity: 'error',
    message: `is ${(bytes / MB).toFixed(1)} MB; the site takes briefings of at most ${MAX_BRIEFING_BYTES / MB} MB: split it into several briefings, or publish the full record (a transcript, a data table) as a file in public/ and link to it`,
  };
}
