/**
 * Intl formatters and segmenters, made once per language and options. Making one costs far more
 * than using it, and a build formats dates and splits sentences tens of thousands of times.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const segmenters = new Map<string, Intl.Segmenter>();

export function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** "2025-11" as "November 2025" in the language `lang`; as "November" alone with `{ year: false }`. */
export function monthLabel(yearMonth: string, lang: string, { year = true } = {}): string {
  const date = new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return yearMonth;
  return dateTimeFormat(lang, { month: 'long', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
}

export function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}
