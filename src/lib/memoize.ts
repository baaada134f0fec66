/**
 * Remembers the results of a pure function of one string, so words and phrases that recur
 * across thousands of briefings ("announced", "plans") are analysed once per build. Forgets
 * everything when it holds `limit` results, which keeps memory bounded.
 */
export function memoize<T>(fn: (input: string) => T, limit = 10_000): (input: string) => T {
  const results = new Map<string, T>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined || results.has(input)) return known as T;
    if (results.size >= limit) results.clear();
    const result = fn(input);
    results.set(input, result);
    return result;
  };
}
