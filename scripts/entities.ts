/**
 * npm run entities -- <file.md> [more files]
 *
 * Prints the people, places and organisations the build would find in each briefing, as JSON
 * keyed by file, after the site's aliases (content/entities.yaml, or the entities.yaml beside
 * BRIEFINGS_DIR) and the briefing's own `entities` / `entitiesExclude` corrections. It renders
 * through the site's Markdown pipeline, so it prints what the page gets.
 */
import { runAsProgram } from './command.ts';
import { forEachBriefing } from './render-briefings.ts';

export const entities = forEachBriefing('npm run entities -- <briefing.md> [more briefings]', (rendered) => rendered.entities);

await runAsProgram(import.meta, entities);
