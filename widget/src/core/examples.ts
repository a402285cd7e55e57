/**
 * Nearest phrasings: each situation's `examples` (sentences as citizens write them) are compared
 * with the query as a whole, and the closest ones vote for their situation. Where the word index in
 * search.ts asks "which situation's words does the query use", this asks "which citizen wrote
 * something like this", so a long sentence of everyday words ("min søn på 9 har knækket sit gule
 * kort") finds its situation although none of its words is a synonym.
 *
 * A phrasing is its stems (text.ts) and the four-letter pieces of its words, so typos and
 * compounds still meet ("adrese", "adresseændring"); each is weighted by how rare it is among all
 * phrasings (tf-idf), and phrasings are compared by cosine similarity through an inverted index,
 * so a query only touches the phrasings that share something with it.
 */
import { analyze, fold, words } from './text.ts';

/** Pieces of words count less than whole stems: they are many, and each says little. */
const pieceWeight = 0.25;

/** How many of the nearest phrasings vote. */
const voters = 5;

/**
 * A feature in more than this share of all phrasings (" jeg", "s:skal") says almost nothing and
 * would make every query touch most phrasings; it is left out. Measured on the development query
 * set, where leaving out features above 5 % changes no outcome.
 */
export const commonShare = 0.05;

/** The phrasings, ready to compare. */
export interface ExampleIndex {
  /** Per phrasing: the situation (its position in the situation list) it belongs to. */
  owners: number[];
  /** Feature → the phrasings that have it, with their weight. */
  postings: Map<string, [number, number][]>;
  /** Feature → how rare it is (idf). */
  rarity: Map<string, number>;
}

/** What the nearest phrasings say about a query. */
export interface ExampleVerdict {
  /** Per situation position: the summed similarity of its phrasings among the nearest. */
  votes: Map<number, number>;
  /** The situation of the single nearest phrasing, and how similar it is (0–1). */
  nearest?: { situation: number; similarity: number };
}

function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  for (const stem of analyze(text)) add(`s:${stem}`, 1);
  for (const word of words(text).map(fold)) {
    if (word.length < 3) continue;
    const padded = ` ${word} `;
    for (let start = 0; start + 4 <= padded.length; start++) add(`c:${padded.slice(start, start + 4)}`, pieceWeight);
  }
  return counts;
}

/** Weights features by tf-idf and scales them to length 1; features no phrasing has drop out. */
function vector(counts: Map<string, number>, rarity: Map<string, number>): Map<string, number> {
  const weighted = new Map<string, number>();
  let length = 0;
  for (const [feature, count] of counts) {
    const idf = rarity.get(feature);
    if (idf === undefined) continue;
    const weight = (1 + Math.log(count)) * idf;
    weighted.set(feature, weight);
    length += weight * weight;
  }
  length = Math.sqrt(length) || 1;
  for (const [feature, weight] of weighted) weighted.set(feature, weight / length);
  return weighted;
}

/** Builds the index from each situation's phrasings, in the order of the situation list. */
export function buildExampleIndex(examplesPerSituation: string[][]): ExampleIndex {
  const owners: number[] = [];
  const all: Map<string, number>[] = [];
  examplesPerSituation.forEach((examples, situation) => {
    for (const example of examples) {
      owners.push(situation);
      all.push(features(example));
    }
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of all) for (const feature of counts.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const rarity = new Map<string, number>();
  const common = Math.max(2, commonShare * all.length);
  for (const [feature, frequency] of documentFrequency) if (frequency <= common) rarity.set(feature, Math.log(1 + all.length / frequency));
  const postings = new Map<string, [number, number][]>();
  all.forEach((counts, example) => {
    for (const [feature, weight] of vector(counts, rarity)) {
      const list = postings.get(feature);
      if (list) list.push([example, weight]);
      else postings.set(feature, [[example, weight]]);
    }
  });
  return { owners, postings, rarity };
}

/** Compares the query with every phrasing that shares a feature with it; the nearest vote. */
export function nearestExamples(index: ExampleIndex, query: string): ExampleVerdict {
  const similarity = new Map<number, number>();
  for (const [feature, weight] of vector(features(query), index.rarity)) {
    for (const [example, exampleWeight] of index.postings.get(feature) ?? []) {
      similarity.set(example, (similarity.get(example) ?? 0) + weight * exampleWeight);
    }
  }
  const nearest = [...similarity].sort((a, b) => b[1] - a[1]).slice(0, voters);
  const votes = new Map<number, number>();
  for (const [example, value] of nearest) {
    const situation = index.owners[example];
    votes.set(situation, (votes.get(situation) ?? 0) + value);
  }
  const [first] = nearest;
  return { votes, nearest: first && { situation: index.owners[first[0]], similarity: first[1] } };
}
