import { describe, expect, it } from 'vitest';
import { findChromium, STANDARD_CHROMIUM_PATHS } from '../../kit/chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when the file exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome' || path === '/usr/bin/chromium')).toBe('/opt/chrome');
  });

  it('says how to get a browser when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nowhere.*apt-get install chromium/);
  });

  it('falls back to the standard paths in order', () => {
    expect(findChromium({}, (path) => path === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, (path) => STANDARD_CHROMIUM_PATHS.includes(path))).toBe('/usr/bin/chromium');
    expect(findChromium({}, () => false)).toBeUndefined();
  });
});
