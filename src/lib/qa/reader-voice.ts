// A heading written to the reader ("Renewing your permit") is asked in the reader's own voice
// ("How do I renew my permit?"). Sentences addressed to the reader ("To renew a permit, send…",
// "If your permit expires, …") are not turned into questions: such a pair is most often an
// instruction too thin to publish, a pointer elsewhere, or a condition that fits any article.

// The reader's words for the article's "you": subject "you" -> "I", "your" -> "my".
const READER_FORMS: Array<[RegExp, string]> = [
  [/\byou are not\b|\byou aren[’']t\b/gi, 'I am not'],
  [/\byou[’']re\b/gi, 'I’m'],
  [/\byou are\b/gi, 'I am'],
  [/\byou were not\b|\byou weren[’']t\b/gi, 'I was not'],
  [/\byou were\b/gi, 'I was'],
  [/\byou([’'](?:ve|ll|d))\b/gi, 'I$1'],
  [/\byourself\b/gi, 'myself'],
  [/\byours\b/gi, 'mine'],
  [/\byour\b/gi, 'my'],
];

/**
 * A clause written to "you" as the reader would ask it: "your permit expires" -> "my permit
 * expires", "you are late" -> "I am late", "you miss the ferry" -> "I miss the ferry". A "you"
 * that is not the clause's subject ("the office sends you a form") becomes "me". Undefined for a
 * clause that speaks for the author.
 */
export function asReader(clause: string): string | undefined {
  if (/\b(?:we|our|ours|us)\b/i.test(clause)) return undefined;
  let asked = clause;
  for (const [pattern, replacement] of READER_FORMS) asked = asked.replace(pattern, replacement);
  return asked.replace(/(^|\b(?:and|or|if|when|once|that|because|before|after|until|unless)\s+)you\b/gi, '$1I').replace(/\byou\b/gi, 'me');
}
