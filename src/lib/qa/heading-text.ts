/**
 * A heading as a reader hears it: without numbering ("1.", "Step 2:"), emoji, a trailing colon,
 * full stop or ellipsis, a trailing parenthetical reference such as "(CVE-…)", or doubled
 * question marks. Headings are labels on a page; a question built from one must not carry them.
 */
export function cleanHeading(heading: string): string {
  return heading
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]/gu, '')
    .replace(/^\s*(?:(?:step|part|phase|chapter|section|lesson|tip|no\.?)\s+)?(?:\d+|[ivx]+)\s*[.):–—-]\s+/iu, '')
    .replace(/\s+\([^()]*\)\s*$/u, '')
    .replace(/\?{2,}/g, '?')
    .replace(/(?:\s*(?:[:;,–—-]|…|\.\.\.|(?<!(?:^|[\s.])\p{L})\.))+\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
