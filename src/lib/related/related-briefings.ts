/** What the related-briefings ranking needs to know about one briefing. */
export interface RelatedInput {
  id: string;
  date: Date;
  topics: readonly string[];
  /** Headline, headings and body as plain text. */
  text: string;
}

const STOPWORDS = new Set(
  'a an the of on in at to for from by with and or but is are was were be been being has have had do does did what why how who where when which that this these those it its as about into over than their there them they he she his her not no will would can could should may might must also more most such said says after before while under between during against amid up out new one two three year years last first other some any all can'.split(
    ' ',
  ),
);

/** Terms of a text worth comparing: lower-case words of three or more letters, not stop words. */
function terms(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}’'-]{2,}/gu) ?? []).map((word) => word.replace(/[’']s$/u, '')).filter((word) => !STOPWORDS.has(word));
}

const TERMS_PER_BRIEFING = 25;
const TOPIC_WEIGHT = 0.25;
const MIN_SCORE = 0.12;
/**
 * A term or topic shared by more briefings than this says little about any two of them, and
 * walking its list from every briefing would cost the square of the archive's size.
 */
const MAX_SHARED = 200;

/**
 * For every briefing, up to `limit` related ones: those sharing topics and distinctive words
 * (TF-IDF cosine over each briefing's top terms, plus a bonus per shared topic), best first and,
 * among equals, most recent first. A briefing is never related to itself, and one that shares
 * too little gets no related briefings. Candidates come from an inverted index of terms and
 * topics, skipping terms and topics shared by more than a few hundred briefings, so the cost
 * grows with the matches, not with the square of the number of briefings.
 */
export function relatedBriefings(briefings: readonly RelatedInput[], limit = 4): Map<string, string[]> {
  const count = briefings.length;
  const termLists = briefings.map((briefing) => terms(briefing.text));
  const documentFrequency = new Map<string, number>();
  for (const list of termLists) for (const term of new Set(list)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  // Each briefing as its strongest terms, weighted by tf-idf and normalised to unit length.
  const vectors = termLists.map((list) => {
    const frequency = new Map<string, number>();
    for (const term of list) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    const weighted = [...frequency]
      .map(([term, tf]): [string, number] => [term, (1 + Math.log(tf)) * Math.log((1 + count) / (1 + (documentFrequency.get(term) ?? 0)))])
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TERMS_PER_BRIEFING);
    const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
    return new Map(weighted.map(([term, weight]) => [term, weight / norm]));
  });

  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((vector, index) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push([index, weight]);
      postings.set(term, list);
    }
  });
  const topicSets = briefings.map((briefing) => new Set(briefing.topics));
  const byTopic = new Map<string, number[]>();
  topicSets.forEach((topics, index) => {
    for (const topic of topics) {
      const members = byTopic.get(topic) ?? [];
      members.push(index);
      byTopic.set(topic, members);
    }
  });
  const tooCommon = Math.min(MAX_SHARED, Math.max(50, count * 0.2));

  const related = new Map<string, string[]>();
  briefings.forEach((briefing, index) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of vectors[index] ?? []) {
      const list = postings.get(term) ?? [];
      if (list.length > tooCommon) continue;
      for (const [other, otherWeight] of list) if (other !== index) scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
    }
    // Small topics bring in candidates of their own; every shared topic adds to a candidate's score.
    const own = topicSets[index] ?? new Set<string>();
    for (const topic of own) {
      const members = byTopic.get(topic) ?? [];
      if (members.length <= tooCommon) for (const other of members) if (other !== index && !scores.has(other)) scores.set(other, 0);
    }
    for (const [other, score] of scores) {
      const shared = topicSets[other]?.intersection(own).size ?? 0;
      scores.set(other, score + shared * TOPIC_WEIGHT);
    }
    const ranked = [...scores]
      .filter(([, score]) => score >= MIN_SCORE)
      .sort(([a, scoreA], [b, scoreB]) => round(scoreB) - round(scoreA) || (briefings[b]?.date.getTime() ?? 0) - (briefings[a]?.date.getTime() ?? 0))
      .slice(0, limit)
      .map(([other]) => briefings[other]?.id ?? '');
    related.set(briefing.id, ranked);
  });
  return related;
}

// Scores that differ only by floating-point noise count as equal, so the date decides.
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
