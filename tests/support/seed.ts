import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The first real briefing as it was delivered (plain text: title, author, date, photo
 * description, then section titles, paragraphs and a bulleted Q&A block), read into parts so
 * tests can check that nothing of it was lost on the way to the page.
 */
export interface SeedArticle {
  title: string;
  author: string;
  dateText: string;
  photoDescription: string;
  sectionTitles: string[];
  paragraphs: string[];
  qaItems: string[];
}

export const SEED_FILE = resolve(import.meta.dirname, '../fixtures/seed/000_ed54bf1c61e0c4fc.txt');
export const SEED_BRIEFING_FILE = resolve(import.meta.dirname, '../../content/briefings/2025/09/us-mexico-security-group.md');
export const SEED_BRIEFING_PATH = '/briefings/2025/09/us-mexico-security-group/';

/**
 * The questions a news editor would ask of the seed article without its own Q&A block: what the
 * generated questions must be, in article order.
 */
export const SEED_GENERATED_QUESTIONS = [
  'What is the purpose of the high-level security group?',
  'What military action has the U.S. taken against drug cartels?',
  'What is Claudia Sheinbaum’s stance on U.S. military involvement?',
  'How is Mexico addressing arms trafficking?',
];

/** Splits the seed text into its parts; a block is a section title when it has no sentence end. */
export function readSeed(): SeedArticle {
  const blocks = readFileSync(SEED_FILE, 'utf8')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const [title = '', author = '', dateText = '', photoDescription = '', ...rest] = blocks;
  const seed: SeedArticle = { title, author, dateText, photoDescription, sectionTitles: [], paragraphs: [], qaItems: [] };
  for (const block of rest) {
    if (block.startsWith('•')) {
      seed.qaItems.push(
        ...block
          .split('\n')
          .map((line) => line.replace(/^\s*•\s*/, '').trim())
          .filter(Boolean),
      );
    } else if (/[.!?]$/.test(block)) {
      seed.paragraphs.push(block);
    } else {
      seed.sectionTitles.push(block);
    }
  }
  return seed;
}
