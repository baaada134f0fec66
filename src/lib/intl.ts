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

export function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}
