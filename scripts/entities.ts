/**
 * npm run entities -- <file.md> [more files]
 *
 * Prints the people, places and organisations the build would find in each briefing, as JSON
 * keyed by file, after the site's aliases (content/entities.yaml, or the entities.yaml beside
 * BRIEFINGS_DIR) and the briefing's own `entities` / `entitiesExclude` corrections. It renders
 * through the site's Markdown pipeline, so it prints what the page gets.
 */
import { printForEachBriefing } from './render-briefings.ts';

await printForEachBriefing('npm run entities -- <briefing.md> [more briefings]', (rendered) => rendered.entities);
