import { transformSync } from 'esbuild';
import { gunzipSync } from 'node:zlib';

/**
 * Why a file of Pagefind's output would break search, or undefined when it is whole. A writer
 * stopped early (a full disk, a killed process) leaves files cut short with nothing else amiss,
 * so every file is read to its end the way its format allows:
 * - the index, its fragments, filters and metadata and the WebAssembly (`.pf_*`, `.pagefind`)
 *   are gzip streams, which end with their length and checksum: a short one does not decompress;
 * - `.json` must parse; `.js` must parse, `.css` must parse without a warning (a cut leaves a
 *   block, comment or declaration open; only a cut exactly between two rules goes unseen).
 * (The installed `pagefind` package ships no copy of these files to compare sizes with: the
 * program carries them inside itself.)
 */
export function searchIndexFileFault(name: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty';
  const extension = /\.([a-z_]+)$/.exec(name)?.[1] ?? '';
  try {
    if (extension.startsWith('pf_') || extension === 'pagefind') {
      const text = gunzipSync(bytes).subarray(0, 12).toString('latin1');
      if (text !== 'pagefind_dcd') return 'not in the format Pagefind writes';
    } else if (extension === 'json') JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    else if (extension === 'js' || extension === 'css') {
      const code = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const { warnings } = transformSync(code, { loader: extension, logLevel: 'silent', ...(extension === 'js' ? { format: 'esm' as const } : {}) });
      // A CSS block or declaration left open is only a warning to esbuild (Pagefind's own CSS gives none).
      const [warning] = extension === 'css' ? warnings : [];
      if (warning) return `cut short or damaged (${warning.text} at line ${warning.location?.line ?? '?'})`;
    }
  } catch (error) {
    return `cut short or damaged (${firstLine(error)})`;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim() !== '' && !/^Transform failed/.test(line)) ?? message).replace(/^\s*(error:\s*)?/i, '').trim();
}
