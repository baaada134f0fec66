// @ts-check
// A bare Astro site over the benchmark corpus: one page per briefing and nothing else, so the
// benchmark can say what the site's own work costs on top of Astro's.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';

const env = process.env;
/** @param {string} name */
const required = (name) => {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: the baseline site is built by scripts/bench.ts, which sets it`);
  return value;
};
required('BENCH_BRIEFINGS_DIR');
const cacheDir = required('BENCH_CACHE_DIR');
const processorName = env.BENCH_MARKDOWN ?? 'unified';
if (processorName !== 'unified' && processorName !== 'satteri') {
  throw new Error(`BENCH_MARKDOWN is "${processorName}": use "unified" (unified + rehype-slug) or "satteri" (Astro's default)`);
}

export default defineConfig({
  outDir: required('BENCH_OUT_DIR'),
  cacheDir,
  // Vite keeps its own cache beside the root unless told; keep it with Astro's so a cold build clears both.
  vite: { cacheDir: `${cacheDir}/vite` },
  // Without a processor Astro uses its default, Sätteri.
  markdown: processorName === 'unified' ? { processor: unified({ rehypePlugins: [rehypeSlug] }) } : {},
});
