/**
 * What a picture's address may be: a site path starting with `/` (a file in `public/`) or an
 * `https:` address. Anything else would publish a broken or unsafe picture: a relative path
 * (`photo.png`) means nothing on a static site, `..` leads out of `public/`, and other schemes
 * (`javascript:`, `data:`, `http:`) run code, hide content or load insecurely.
 */

/** The file name at the end of a path or address, for examples in messages ("photo.png"). */
function fileName(src: string): string {
  const name = src.split(/[?#]/)[0]?.split(/[\\/]/).filter(Boolean).pop() ?? '';
  return /^[\w.-]+\.[a-z0-9]+$/i.test(name) ? name : 'photo.jpg';
}

/** A shortened address for a message, so a long `data:` address does not fill the screen. */
function shown(src: string): string {
  return src.length > 60 ? `${src.slice(0, 57)}…` : src;
}

/**
 * The site path of `src` inside `public/`, percent-escapes decoded, with `.` and `..` resolved;
 * undefined when it leads outside `public/` or cannot be read as a path.
 */
export function publicPath(src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const segments: string[] = [];
  for (const segment of decoded.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return `/${segments.join('/')}`;
}

function decodes(src: string): boolean {
  try {
    decodeURI(src);
    decodeURIComponent(src.split(/[?#]/)[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `src` cannot be a picture's address, in a sentence saying what to do; undefined when it
 * is a site path inside `public/` or an `https:` address.
 */
export function imagePathProblem(src: string): string | undefined {
  const trimmed = src.trim();
  const name = fileName(trimmed);
  if (/^https:\/\/[^/]/i.test(trimmed)) return undefined;
  // Browsers read a backslash as a slash, so `/\host/x` and `\\host/x` lead to another site, as `//host/x` does.
  if (/^[\\/]{2}/.test(trimmed)) return `\`${shown(trimmed)}\` has no scheme: write the full address starting with https://`;
  if (trimmed.startsWith('/')) {
    if (!decodes(trimmed))
      return `\`${shown(trimmed)}\` has a broken percent-escape (% must be followed by two hex digits): write the file name as it is, e.g. /images/${name}`;
    if (/%(?![0-9a-f]{2})/i.test(trimmed) || publicPath(trimmed) === undefined) {
      return `\`${shown(trimmed)}\` leads outside public/: put the picture in public/images/ and write /images/${name}`;
    }
    return undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http')
    return `\`${shown(trimmed)}\` is not a secure address: write https:// instead of http://, or put the picture in public/images/ and write /images/${name}`;
  if (scheme)
    return `\`${shown(trimmed)}\` is not a picture address the site can publish (only site paths such as /images/${name} and https: addresses): put the picture in public/images/ and write /images/${name}`;
  if (trimmed === '') return 'is empty: put the picture in public/images/ and write its path, e.g. /images/photo.jpg';
  return `\`${shown(trimmed)}\` is a relative image path: put the picture in public/images/ and write /images/${name}`;
}
