/**
 * npm run new -- "Headline"
 *
 * Creates content/briefings/YYYY/MM/<slug>.md (under BRIEFINGS_DIR when set) dated today, from a
 * template that starts as a draft. Refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isoDay } from '../src/lib/briefings/dates.ts';
import { newBriefing } from '../src/lib/briefings/new-briefing.ts';
import { buildPaths, site } from '../src/site.config.ts';

const headline = process.argv.slice(2).join(' ');
if (headline.trim() === '') {
  console.error('Usage: npm run new -- "Headline of the briefing"');
  process.exit(2);
}
try {
  const { path, content } = newBriefing(headline, isoDay(new Date(), site.timeZone));
  const file = join(buildPaths.briefings, path);
  if (existsSync(file)) {
    console.error(`${relative(process.cwd(), file)} already exists: choose another headline, or edit that file.`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, { flag: 'wx' });
  console.log(`Created ${relative(process.cwd(), file)} (a draft: set draft: false to publish).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
