/**
 * The shape of a table of UI words. A message is a text with `{name}` placeholders, or, for a
 * word that changes with a number, one text per plural category of the language (as
 * Intl.PluralRules names them), chosen by the `count` parameter. Every category but `other` is
 * optional: a language uses only those it has.
 */
export type PluralMessage = { readonly other: string } & { readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string };

export type Message = string | PluralMessage;

/** The values a message's placeholders are filled with: numbers are written the language's way. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The names of the `{placeholders}` of a text, as a union. */
export type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters a message asks for: its placeholders, and `count` for a plural message. */
export type ParamsOf<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? 'count' | { [K in keyof M]: M[K] extends string ? Placeholders<M[K]> : never }[keyof M]
    : never;
