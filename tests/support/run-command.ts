import type { Command } from '../../scripts/command.ts';

/** Runs an editor command in this process, as `npm run` would, and gives its status and output. */
export async function runCommand(command: Command, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await command(args, { out: (text) => stdout.push(`${text}\n`), err: (text) => stderr.push(`${text}\n`) });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}
