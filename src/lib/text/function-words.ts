/**
 * English words that carry grammar rather than meaning: articles, pronouns, auxiliaries and
 * modals, prepositions, conjunctions, question words, and the verbs readers use to frame a
 * question ("Where can I find …", "Is there any way to …"). Lower case, with and without
 * apostrophes.
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
  it its itself they them their theirs themselves one ones someone something anyone anything everyone everything
  this that these those there here
  am is are was were be been being do does did doing done have has had having
  will would shall should can could may might must ought
  what whats what's which who whom whose why how when where whether
  of in on at to for from by with about into onto over under between among through during before after
  above below up down out off than then as like via per within without against toward towards upon
  and or but nor so yet if because although though while unless until since
  not no nor only just also too very more most much many some any all each every both either neither other another such own same
  please tell know find get got let lets let's need want mean means use used using way ways thing things
  i'm i've i'd i'll you're you've we're we've they're it's isn't aren't wasn't weren't don't doesn't didn't
  can't cannot couldn't won't wouldn't shouldn't hasn't haven't hadn't`.split(/\s+/),
);
