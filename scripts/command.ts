/** Where an editor command writes: what it prints, and what it says went wrong. */
export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** An editor command: reads its arguments, writes to `io`, and gives its exit status. */
export type Command = (args: string[], io: CommandOutput) => number | Promise<number>;

/**
 * Runs `command` with the command line's arguments and exits with its status, when the file
 * that calls this is the program Node was started with (`npm run …`). Imported, as the tests
 * import each command to run it in their own process, it does nothing.
 */
export async function runAsProgram(meta: ImportMeta, command: Command): Promise<void> {
  if (!meta.main) return;
  process.exit(await command(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) }));
}
