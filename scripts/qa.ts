/**
 * npm run qa -- <file.md> [more files]
 *
 * Prints the Key Questions and Answers the build would show for each briefing, as JSON keyed by
 * file: [{ question, answer, section, sectionId, source }]. It renders each file through the
 * site's own Markdown pipeline, so what it prints is what the page gets. When a briefing gets no
 * questions, the reason goes to stderr, and so does, for generated questions, why each section
 * that gave none was passed over. Exits with 1 when a file cannot be read or checked.
 */
import { printForEachBriefing } from './render-briefings.ts';

await printForEachBriefing('npm run qa -- <briefing.md> [more briefings]', ({ keyQuestions: result }, file) => {
  if (result.pairs.length === 0) console.error(`${file}: no questions: ${result.reason ?? 'none were found'}`);
  for (const { section, reason } of result.declined ?? []) console.error(`${file}: no question from "${section}": ${reason}`);
  return result.pairs.map(({ question, answer, section, sectionId, source }) => ({
    question,
    answer,
    section: section ?? null,
    sectionId: sectionId ?? null,
    source,
  }));
});
