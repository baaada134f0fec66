// Words that stand before a surname without being a given name.
const NOT_GIVEN_NAMES =
  /^(?:The|A|An|This|That|In|On|At|By|For|From|With|And|But|Or|As|When|While|After|Before|President|Secretary|Minister|Prime|Defense|Defence|Foreign|State|Senator|Sen|Rep|Gov|Governor|Mayor|Gen|General|Mr|Mrs|Ms|Dr|Judge|Justice|Chief|Deputy|Vice|Ambassador|King|Queen|Pope|Prince|Princess|Lord|Lady|Sir|Professor|Prof|Director|Chair|Chairman|Chairwoman|Leader|Commissioner|Officer|Agent|Captain|Colonel|Sergeant|Lieutenant|Later|Then|Today|Yesterday|Now|Also|Meanwhile|However|Earlier|Afterwards|Still|Only|Even|Here|There|When|Where|Why|How|What|While|Since|Although|Though|If|Under|Over|Among|During|Despite|Without|Like|Unlike|Both|Neither|Either|Every|Each|Some|Many|Most|All|Former|Incoming|Outgoing|Interim|Acting)$/;

/**
 * The full name an article gives a person it also calls by surname alone: "Sheinbaum" ->
 * "Claudia Sheinbaum" when the text says "Claudia Sheinbaum" somewhere. Titles ("Defense
 * Secretary Hegseth") are not names; a surname written with two different given names is left
 * as it is rather than guessed.
 */
export function fullName(surname: string, text: string): string {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const given = new Set<string>();
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?)\\s+${escaped}(?![\\p{L}])`, 'gu'))) {
    const first = match[1] ?? '';
    if (!NOT_GIVEN_NAMES.test(first.split(/\s/)[0] ?? '')) given.add(first);
  }
  return given.size === 1 ? `${[...given][0]} ${surname}` : surname;
}
