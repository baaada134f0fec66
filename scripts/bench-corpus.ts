/**
 * npm run bench:corpus -- --briefings <N> --out <folder> [--seed <text>] [--replace]
 *
 * Writes N briefings of real 1960s American news prose (the Brown Corpus press texts) into a
 * folder, as `YYYY/MM/<slug>.md` with front matter, for building and benchmarking the site at
 * scale. The same seed always writes the same files. Never writes into `content/`.
 */
import { CORPUS_USAGE, exitWithError, parseCorpusOptions } from '../bench/cli-options.ts';
import { writeCorpusFolder } from '../bench/corpus/corpus-folder.ts';

try {
  const options = parseCorpusOptions(process.argv.slice(2));
  const started = performance.now();
  const briefings = writeCorpusFolder({ dir: options.out, count: options.briefings, seed: options.seed, replace: options.replace });
  const words = briefings.reduce((sum, briefing) => sum + briefing.words, 0);
  const withQa = briefings.filter((briefing) => briefing.hasQaBlock).length;
  console.log(
    `Wrote ${briefings.length} briefings (${words.toLocaleString('en')} words, ${withQa} with a Q&A block) to ${options.out} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  exitWithError(error, CORPUS_USAGE);
}
