/**
 * npm run qa -- <file.md> [more files]
 *
 * Prints the Key Questions and Answers the build would show for each briefing, as JSON keyed by
 * file: [{ question, answer, section, sectionId, source }]. It renders each file through the
 * site's own Markdown pipeline, so what it prints is what the page gets. When a briefing gets no
 * questions, the reason goes to stderr, and so does, for generated questions, why each section
 * that gave none was passed over. Exits with 1 when a file cannot be read or checked.
 */
import { runAsProgram } from './command.ts';
import { forEachBriefing } from './render-briefings.ts';

export const qa = forEachBriefing('npm run qa -- <briefing.md> [more briefings]', ({ keyQuestions: result }, file, err) => {
  if (result.pairs.length === 0) err(`${file}: no questions: ${result.reason ?? 'none were found'}`);
  for (const { section, reason } of result.declined ?? []) err(`${file}: no question from "${section}": ${reason}`);
  return result.pairs.map(({ question, answer, section, sectionId, source }) => ({
    question,
    answer,
    section: section ?? null,
    sectionId: sectionId ?? null,
    source,
  }));
});

await runAsProgram(import.meta, qa);
