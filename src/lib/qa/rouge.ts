/** ROUGE-L between two short texts: precision, recall and F1 (β = 1) of their longest common word subsequence. */
export interface RougeL {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased word tokens (letters and digits; an apostrophe inside a word keeps it whole). */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Length of the longest common subsequence of two token lists (one row of the table at a time). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const tokenA of a) {
    const row = [0];
    for (const [j, tokenB] of b.entries()) row.push(tokenA === tokenB ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** ROUGE-L of a candidate text against a reference text; all zero when they share no word. */
export function rougeL(candidate: string, reference: string): RougeL {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  const lcs = lcsLength(c, r);
  if (lcs === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** The candidate with the highest ROUGE-L F1 against the reference (the first on ties); undefined when there are none. */
export function closestByRougeL(reference: string, candidates: readonly string[]): { text: string; f1: number } | undefined {
  let best: { text: string; f1: number } | undefined;
  for (const text of candidates) {
    const { f1 } = rougeL(text, reference);
    if (!best || f1 > best.f1) best = { text, f1 };
  }
  return best;
}
