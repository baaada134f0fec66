import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BriefingProblem } from '../briefings/problems.ts';

/** What makes an SVG run code when it is opened on its own (not through <img>, where it cannot). */
const RISKS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a <script> element', pattern: /<script\b/i },
  { what: 'an on… event attribute', pattern: /<[^>]*\son[a-z]+\s*=/is },
  { what: 'a javascript: link', pattern: /javascript:/i },
];

/** Numeric character references and whitespace hide `javascript:` from a plain search: undo them. */
function decoded(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/j[ \t]*a[ \t]*v[ \t]*a[ \t]*s[ \t]*c[ \t]*r[ \t]*i[ \t]*p[ \t]*t[ \t]*:/gi, 'javascript:');
}

function svgFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.svg$/i.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * A warning for every SVG in `public/` that could run code: a reader who opens it directly (or
 * follows a link to it) runs its script on the site's own address. Pictures shown with <img> never
 * run scripts, so the file still publishes; the host's headers (README.md) stop it running.
 */
export function svgScriptProblems(publicDir: string, cwd: string): BriefingProblem[] {
  const problems: BriefingProblem[] = [];
  for (const path of svgFiles(publicDir)) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    // Decoding keeps every line break, so lines counted in the decoded text are the file's lines.
    const plain = decoded(text);
    const found = RISKS.map((risk) => ({ ...risk, index: risk.pattern.exec(plain)?.index })).filter((risk) => risk.index !== undefined);
    if (found.length === 0) continue;
    const first = Math.min(...found.map((risk) => risk.index as number));
    problems.push({
      file: relative(cwd, path).split(sep).join('/'),
      line: plain.slice(0, first).split('\n').length,
      severity: 'warning',
      message: `this SVG has ${found.map((risk) => risk.what).join(', ')}: opened on its own it would run as code on the site's address; remove it (save the drawing again as plain SVG, without scripts or links), and have the host send the headers in README.md ("Headers for the host")`,
    });
  }
  return problems;
}
