import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { briefingIdFromPath, expectedFolder, fileNameFor, unusableName } from './paths.ts';
import type { BriefingProblem } from './problems.ts';
import type { BriefingData } from './schema.ts';
import { briefingSizeProblem } from './size-limit.ts';
import { decodeBriefingText } from './source-text.ts';
import { type BriefingCheck, checkBriefing } from './validate.ts';

/** A briefing file that passed every check, ready to render. */
export interface CheckedBriefing {
  /** Path as the editor knows it, relative to the working folder (used in every message). */
  file: string;
  absolutePath: string;
  id: string;
  data: BriefingData;
  /** Its calendar day, YYYY-MM-DD (see briefingDay in dates.ts). */
  day: string;
  /** The calendar day of `updated`, when there is one. */
  updatedDay?: string | undefined;
  /** `date` and `updated` as ISO date-times in the offset the editor wrote. */
  published: string;
  modified?: string | undefined;
  body: string;
  bodyLine: number;
  /** Hash of the file's text: the key of everything derived from it. */
  hash: string;
}

export interface ContentFolder {
  briefings: CheckedBriefing[];
  /** Every error and warning of every file, in file order. */
  problems: BriefingProblem[];
}

const BRIEFING_FILE = /\.(md|markdown)$/i;

/**
 * Every briefing file under `folder` (any depth), sorted, skipping hidden files and folders; and
 * every symbolic link that would have been a briefing or a folder of them. Links are not
 * followed (a link can point outside the folder, or into a loop): they are listed so the
 * editor can be told.
 */
export function briefingFiles(folder: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && BRIEFING_FILE.test(entry.name)) files.push(path);
      else if (entry.isSymbolicLink() && (BRIEFING_FILE.test(entry.name) || linksToFolder(path))) links.push(path);
    }
  };
  walk(folder);
  return { files: files.sort(), links: links.sort() };
}

function linksToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One briefing file's bytes, decoded (source-text.ts) and checked (validate.ts). */
export function checkBriefingFile(file: string, bytes: Uint8Array, now?: Date): (BriefingCheck & { ok: false }) | (BriefingCheck & { ok: true; text: string }) {
  const tooLarge = briefingSizeProblem(file, bytes.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const decoded = decodeBriefingText(file, bytes);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const checked = checkBriefing(file, decoded.text, now);
  if (decoded.warning) checked.problems.unshift(decoded.warning);
  return checked.ok ? { ...checked, text: decoded.text } : checked;
}

/**
 * Reads and checks every briefing in a folder, once: text encoding, front matter, body, and
 * that no two files claim the same URL. Nothing stops at the first problem; the caller gets
 * all of them and every briefing that can be used.
 */
export function readContentFolder(folder: string, options: { cwd?: string; now?: Date } = {}): ContentFolder {
  const cwd = options.cwd ?? process.cwd();
  const problems: BriefingProblem[] = [];
  const briefings: CheckedBriefing[] = [];
  const claimed = new Map<string, string>();
  // The first way each topic address was written, and where: "C#" and "C++" both give /topics/c/.
  const topicLabels = new Map<string, { label: string; file: string }>();
  const { files, links } = briefingFiles(folder);
  const asEditorSees = (path: string) => relative(cwd, path).split(sep).join('/');
  for (const link of links) {
    problems.push({
      file: asEditorSees(link),
      severity: 'warning',
      message: `is a symbolic link, which the site does not follow, so it is not published: copy the ${linksToFolder(link) ? 'folder' : 'file'} itself into the briefings folder instead`,
    });
  }
  for (const absolutePath of files) {
    const file = asEditorSees(absolutePath);
    const inFolder = relative(folder, absolutePath);
    // A file too large to take is not even read.
    const tooLarge = briefingSizeProblem(file, statSync(absolutePath).size);
    if (tooLarge) {
      problems.push(tooLarge);
      continue;
    }
    let checked: ReturnType<typeof checkBriefingFile>;
    try {
      checked = checkBriefingFile(file, readFileSync(absolutePath), options.now);
    } catch (error) {
      // A fault of the checker on one file is that file's error, not the end of every check.
      problems.push({
        file,
        severity: 'error',
        message: `could not be checked (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}): look for unusual text near your last change and simplify it; if the file looks ordinary, send this message to the site's developers`,
      });
      continue;
    }
    const nameTrouble = unusableName(inFolder, `${(checked.ok && fileNameFor(checked.data.title)) || 'talks-resume'}.md`);
    if (nameTrouble) {
      problems.push({ file, severity: 'error', message: nameTrouble }, ...checked.problems);
      continue;
    }
    const id = briefingIdFromPath(inFolder);
    const other = claimed.get(id);
    if (other) {
      problems.push({
        file,
        severity: 'error',
        message: `has the same address as ${other} (/briefings/${id}/): file names differing only in capitals, spaces or punctuation give the same URL; rename one of the two files`,
      });
      continue;
    }
    claimed.set(id, file);
    problems.push(...checked.problems);
    if (!checked.ok) continue;
    const belongs = expectedFolder(inFolder, checked.day);
    if (belongs) {
      problems.push({
        file,
        line: checked.dateLine,
        field: 'date',
        severity: 'warning',
        message: `${checked.day} belongs in ${belongs}: move the file there (its address follows its folder), or correct the date`,
      });
    }
    for (const topic of checked.data.topics) {
      const first = topicLabels.get(topic.slug);
      if (!first) topicLabels.set(topic.slug, { label: topic.label, file });
      else if (first.label.toLowerCase() !== topic.label.toLowerCase())
        problems.push({
          file,
          line: checked.topicsLine,
          field: 'topics',
          severity: 'warning',
          message: `“${topic.label}” has the same address as “${first.label}” in ${first.file} (/topics/${topic.slug}/), so both are one topic, shown as “${first.label}”: write the topic the same way in both, or give one a different name`,
        });
    }
    const hash = createHash('sha256').update(checked.text).digest('hex');
    briefings.push({
      file,
      absolutePath,
      id,
      data: checked.data,
      day: checked.day,
      updatedDay: checked.updatedDay,
      published: checked.published,
      modified: checked.modified,
      body: checked.body,
      bodyLine: checked.bodyLine,
      hash,
    });
  }
  return { briefings, problems };
}
