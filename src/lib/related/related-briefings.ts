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
 * grows with the matches, not with the square of the number of briefings; such a common topic
 * still adds to the score of a candidate found through the rest.
 */
export function relatedBriefings(briefings: readonly RelatedInput[], limit = 4): Map<string, string[]> {
  const count = briefings.length;
  // Each briefing's term frequencies, read once; a term's document frequency counts the briefings holding it.
  const frequencies = briefings.map((briefing) => {
    const frequency = new Map<string, number>();
    for (const term of terms(briefing.text)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    return frequency;
  });
  const documentFrequency = new Map<string, number>();
  for (const frequency of frequencies) for (const term of frequency.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  // Each briefing as its strongest terms, weighted by tf-idf and normalised to unit length.
  const vectors = frequencies.map((frequency) => {
    const weighted = [...frequency]
      .map(([term, tf]): [string, number] => [term, (1 + Math.log(tf)) * Math.log((1 + count) / (1 + (documentFrequency.get(term) ?? 0)))])
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TERMS_PER_BRIEFING);
    const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
    return weighted.map(([term, weight]): [string, number] => [term, weight / norm]);
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
  // Which briefings hold each topic too common to walk, looked up for every candidate.
  const holders = new Map<string, Uint8Array>();
  for (const [topic, members] of byTopic) {
    if (members.length <= tooCommon) continue;
    const holds = new Uint8Array(count);
    for (const member of members) holds[member] = 1;
    holders.set(topic, holds);
  }

  // Scores of the briefing being ranked against every other, kept in arrays reset after each
  // briefing: over tens of thousands of candidates a briefing, this is much cheaper than a map.
  const termScores = new Float64Array(count);
  const sharedTopics = new Uint16Array(count);
  const isCandidate = new Uint8Array(count);
  const times = briefings.map((briefing) => briefing.date.getTime());
  const related = new Map<string, string[]>();
  briefings.forEach((briefing, index) => {
    const candidates: number[] = [];
    const consider = (other: number) => {
      if (isCandidate[other] === 1) return;
      isCandidate[other] = 1;
      candidates.push(other);
    };
    for (const [term, weight] of vectors[index] ?? []) {
      const list = postings.get(term) ?? [];
      if (list.length > tooCommon) continue;
      for (const [other, otherWeight] of list) {
        if (other === index) continue;
        consider(other);
        termScores[other] = (termScores[other] ?? 0) + weight * otherWeight;
      }
    }
    // Small topics bring in candidates of their own and count as they are walked; topics too
    // common to walk are looked up for the candidates the rest found.
    const common: Uint8Array[] = [];
    for (const topic of topicSets[index] ?? []) {
      const holds = holders.get(topic);
      if (holds) common.push(holds);
      else
        for (const other of byTopic.get(topic) ?? []) {
          if (other === index) continue;
          consider(other);
          sharedTopics[other] = (sharedTopics[other] ?? 0) + 1;
        }
    }
    // The best `limit` candidates, kept in order as they come: a candidate goes after every one
    // it does not beat, so among full ties the first found stays first.
    const best: Array<{ other: number; score: number; time: number }> = [];
    for (const other of candidates) {
      let topics = sharedTopics[other] ?? 0;
      for (const holds of common) topics += holds[other] ?? 0;
      const total = (termScores[other] ?? 0) + topics * TOPIC_WEIGHT;
      termScores[other] = 0;
      sharedTopics[other] = 0;
      isCandidate[other] = 0;
      if (total < MIN_SCORE) continue;
      const score = round(total);
      const time = times[other] ?? 0;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.time < time))) at -= 1;
      if (at < limit) best.splice(at, 0, { other, score, time });
      if (best.length > limit) best.pop();
    }
    related.set(
      briefing.id,
      best.map(({ other }) => briefings[other]?.id ?? ''),
    );
  });
  return related;
}

// Scores that differ only by floating-point noise count as equal, so the date decides.
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
