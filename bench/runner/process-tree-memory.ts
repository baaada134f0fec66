import { readdirSync, readFileSync } from 'node:fs';

/**
 * Samples, every `intervalMs`, the resident memory of a process and all its descendants
 * added together (a build's Node process and the Pagefind binary it runs at the same time),
 * and keeps the peak. Linux only (reads /proc); elsewhere the peak stays undefined.
 */
export function watchTreeMemory(rootPid: number, intervalMs = 200): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const total = treeRssBytes(rootPid);
    if (total !== undefined && (peak === undefined || total > peak)) peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Resident bytes of a process and its descendants now; undefined without /proc. */
export function treeRssBytes(rootPid: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(pid));
    children.set(parent, list);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rssBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}
