/**
 * An error meant for the person running the build: its message says what is wrong and what to
 * do, and Astro prints only that. The stack trace, which points into the build's own code, is
 * kept only when BRIEFINGS_DEBUG (or DEBUG) is set, for whoever is fixing the build itself.
 */
export function editorError(message: string): Error {
  const error = new Error(message);
  if (!debugging()) error.stack = '';
  return error;
}

/** Whether the build should show stack traces: BRIEFINGS_DEBUG or DEBUG set to anything but "" or "0". */
export function debugging(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): boolean {
  return [env.BRIEFINGS_DEBUG, env.DEBUG].some((value) => value !== undefined && value !== '' && value !== '0');
}
