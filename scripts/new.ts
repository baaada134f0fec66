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
import { runAsProgram, type Command } from './command.ts';

/** The command that writes into `briefings` (the build's: BRIEFINGS_DIR or content/briefings). */
export function newBriefingCommand(briefings = buildPaths.briefings): Command {
  return (args, { out, err }) => {
    const headline = args.join(' ');
    if (headline.trim() === '') {
      err('Usage: npm run new -- "Headline of the briefing"');
      return 2;
    }
    try {
      const { path, content } = newBriefing(headline, isoDay(new Date(), site.timeZone));
      const file = join(briefings, path);
      if (existsSync(file)) {
        err(`${relative(process.cwd(), file)} already exists: choose another headline, or edit that file.`);
        return 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content, { flag: 'wx' });
      out(`Created ${relative(process.cwd(), file)} (a draft: set draft: false to publish).`);
      return 0;
    } catch (error) {
      err(error instanceof Error ? error.message : String(error));
      return 1;
    }
  };
}

await runAsProgram(import.meta, newBriefingCommand());
