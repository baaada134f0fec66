import type { Page } from '../../support/browser.ts';

/** Where keyboard focus is after a key press, and anything that keeps a reader from seeing it. */
export interface FocusStop {
  /** A path that identifies the element (tag and position from <html>), or "body" when nothing is focused. */
  key: string;
  /** The element as a reader would recognise it: tag, class and text. */
  label: string;
  inDialog: boolean;
  /** Why the focused element's focus indicator is not visible; empty when it is. */
  problems: string[];
}

/**
 * Describes the focused element and checks that a sighted keyboard user can see it: it is
 * rendered and on screen, not covered by other content, and drawn with an outline at least 2px
 * wide, not clipped by a scrolling ancestor, with a contrast of 3:1 or more against what is
 * behind it (WCAG 2.4.7, 2.4.11 and 1.4.11).
 */
export async function focusStop(page: Page): Promise<FocusStop> {
  const [stop] = await page.evaluate(inspectFocus, null);
  return stop as FocusStop;
}

/**
 * Focuses each element named by a `FocusStop` key from script, one after the other, and checks
 * that each shows its focus, as `focusStop` does after a Tab. One call does every element, so it
 * is quick, but it proves only what the elements look like when focused: the Tab order is
 * `tabAround`'s to prove. Focus moved by script after a keypress is drawn as keyboard focus.
 */
export function focusEach(page: Page, keys: readonly string[]): Promise<FocusStop[]> {
  return page.evaluate(inspectFocus, [...keys]);
}

/**
 * Runs in the page: describes the focused element, or with `keys`, focuses each element they name
 * and describes it. It is sent to the page as its source text, so it uses nothing from outside it.
 */
function inspectFocus(keys: string[] | null): FocusStop[] {
  const pathOf = (element: Element) => {
    const path: string[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      path.unshift(`${node.tagName.toLowerCase()}:${node.parentElement ? [...node.parentElement.children].indexOf(node) : 0}`);
    }
    return path.join('/');
  };
  const byKey = (key: string) => {
    let node: Element | undefined = document.documentElement;
    for (const step of key.split('/').slice(1)) node = node?.children[Number(step.split(':')[1])];
    return node;
  };
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const describe = (): FocusStop => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { key: 'body', label: 'body', inDialog: false, problems: [] };
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const label = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}> “${text}”`;
    const problems: string[] = [];

    const rgba = (color: string): [number, number, number, number] => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const luminance = ([r, g, b]: number[]) => {
      const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((c = 0) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    // The outline is drawn around the element, over its parent's background.
    const backgroundBehind = (from: Element | null) => {
      for (let node = from; node; node = node.parentElement) {
        const color = rgba(getComputedStyle(node).backgroundColor);
        if (color[3] > 0.5) return color;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor || 'white');
    };

    // elementFromPoint skips elements that take no pointer events; focus must still be seen.
    const inlineStyle = element.getAttribute('style');
    (element as HTMLElement).style.setProperty('pointer-events', 'auto', 'important');
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push('is focused but not rendered');
    else if (rect.width === 0 || rect.height === 0) problems.push('is focused but has no size');
    else if (rect.bottom <= 0 || rect.top >= innerHeight || rect.right <= 0 || rect.left >= innerWidth) {
      problems.push(`is off screen (${Math.round(rect.left)},${Math.round(rect.top)} in a ${innerWidth}×${innerHeight} viewport)`);
    } else {
      // A link that wraps has one box per line: it is seen when the middle of any box is.
      const hits = [...element.getClientRects()]
        .filter((box) => box.width > 0 && box.bottom > 0 && box.top < innerHeight)
        .map((box) =>
          document.elementFromPoint(
            (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2,
            (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2,
          ),
        );
      if (!hits.some((hit) => hit === element || (hit && element.contains(hit)))) {
        const hit = hits[0];
        problems.push(`is covered by ${hit ? `<${hit.tagName.toLowerCase()}${hit.className ? `.${hit.className}` : ''}>` : 'nothing it can be seen through'}`);
      }
    }
    const width = Number.parseFloat(style.outlineWidth) || 0;
    if (style.outlineStyle === 'none' || width < 2) {
      problems.push(`has no focus outline (outline: ${style.outlineStyle} ${style.outlineWidth})`);
    } else {
      const ratio = contrast(rgba(style.outlineColor), backgroundBehind(element.parentElement));
      if (ratio < 3) problems.push(`focus outline ${style.outlineColor} has contrast ${ratio.toFixed(2)}:1 against its background (3:1 needed)`);
      const reach = width + Math.max(Number.parseFloat(style.outlineOffset) || 0, 0);
      const ring = { left: rect.left - reach, top: rect.top - reach, right: rect.right + reach, bottom: rect.bottom + reach };
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(node);
        if (overflowX === 'visible' && overflowY === 'visible') continue;
        const box = node.getBoundingClientRect();
        const cut = Math.max(
          box.left + node.clientLeft - ring.left,
          box.top + node.clientTop - ring.top,
          ring.right - (box.left + node.clientLeft + node.clientWidth),
          ring.bottom - (box.top + node.clientTop + node.clientHeight),
        );
        if (cut > 0.5)
          problems.push(
            `focus outline is cut by ${Math.round(cut)}px by <${node.tagName.toLowerCase()}.${node.className}> (overflow ${overflowX} ${overflowY})`,
          );
      }
    }
    if (inlineStyle === null) element.removeAttribute('style');
    else element.setAttribute('style', inlineStyle);
    return { key: pathOf(element), label, inDialog: element.closest('dialog') !== null, problems };
  };
  if (!keys) return [describe()];
  return keys.map((key) => {
    const element = byKey(key);
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return { key, label: key, inDialog: false, problems: ['is no longer on the page'] };
    element.focus();
    const stop = describe();
    return stop.key === key ? stop : { ...stop, problems: [...stop.problems, `took no focus from script (focus is on ${stop.label})`] };
  });
}

/**
 * The elements Tab must reach on the page as it is now, by the same key as `focusStop`:
 * rendered, not disabled or inert, not taken out of the order with tabindex=-1; one stop per
 * group of radio buttons. (The browser may add stops of its own, such as a scrolling box.)
 */
export function tabbableElements(page: Page): Promise<Array<{ key: string; label: string }>> {
  return page.evaluate(() => {
    // An open modal dialog makes everything outside it inert.
    const scope = document.querySelector('dialog:modal') ?? document;
    const candidates = scope.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]',
    );
    const radioGroups = new Set<string>();
    const found: Array<{ key: string; label: string }> = [];
    for (const element of candidates) {
      if (element.tabIndex < 0 || element.matches(':disabled') || element.closest('[inert]')) continue;
      if (element.tagName === 'SUMMARY' && element.parentElement?.querySelector(':scope > summary') !== element) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        if (radioGroups.has(element.name)) continue;
        radioGroups.add(element.name);
      }
      const path: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:${node.parentElement ? [...node.parentElement.children].indexOf(node) : 0}`);
      }
      found.push({
        key: path.join('/'),
        label: `<${element.tagName.toLowerCase()}> “${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`,
      });
    }
    return found;
  });
}

/**
 * Presses Tab until focus comes back to the first element it reached (or `limit` presses),
 * recording every stop; focus leaving the page (to the browser) shows as "body".
 */
export async function tabAround(page: Page, limit: number): Promise<{ stops: FocusStop[]; cycled: boolean; leftPage: boolean }> {
  const stops: FocusStop[] = [];
  let leftPage = false;
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.key === 'body') {
      leftPage = true;
      continue;
    }
    if (stops[0]?.key === stop.key) return { stops, cycled: true, leftPage };
    stops.push(stop);
  }
  return { stops, cycled: false, leftPage };
}
