/**
 * Finds life situations for a citizen's words. Each situation's fields are analysed into terms
 * (see text.ts) and posted into an inverted index with field weights; each query term is matched
 * exactly, or fuzzily against the index's vocabulary (fuzzy.ts: misspellings, inflections the
 * stemmer misses). Terms are joined ("mit id" → mitid) and compounds split ("pasfornyelse" →
 * pas + fornyelse) against the vocabulary, so the knowledge itself decides what a word is.
 */
import type { CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { buildExampleIndex, type ExampleIndex, type ExampleVerdict } from './examples.ts';
import { fuzzyMatches } from './fuzzy.ts';
import { analyze, fold, isStopword, term, words } from './text.ts';

/** How much a match in each field counts; titles and editors' synonyms say most about intent. */
export const fieldWeights = { title: 3, synonyms: 2.5, en: 2, summary: 1, text: 0.5 } as const;

const maxWeight = fieldWeights.title;

/**
 * Tuning measured on knowledge/queries.tsv (`npm run knowledge:queries`): how much a query word the
 * knowledge has never seen counts against a match (as a share of a fully matched word) and for how
 * many such words at most, how many of the query's best-matching words decide the score, and the
 * smallest fuzzy similarity that counts as a match at all.
 */
export const tuning = { unknownWord: 0.6, maxUnknown: 2, keyTerms: 3, minSimilarity: 0.5 };

/** A search index over compiled situations. */
export interface SearchIndex {
  situations: CompiledSituation[];
  /** term → (situation index → best field weight). */
  postings: Map<string, Map<number, number>>;
  /** Every term in the index, for fuzzy and compound matching. */
  vocabulary: string[];
  /** The vocabulary split by first letter, for fuzzy matching; filled when first needed. */
  byLetter: Map<string, string[]>;
  /** Terms made by joining the words of a title or synonym ("mit id" → mitid), for joining queries. */
  joins: Set<string>;
  /** Per situation: its title and each synonym as a set of terms, for whole-phrase matches. */
  phrases: string[][][];
  /**
   * The citizens' phrasings, for the nearest-phrasing vote (examples.ts). Built on the first
   * question rather than when the widget opens: stemming some 700 sentences takes time a citizen
   * who only looks at the chips or types ahead should not wait for.
   */
  examples: () => ExampleIndex;
  /** A situation's position in `situations`, by id. */
  positions: Map<string, number>;
}

/** One ranked hit. `score` is 0–1: the share of the query the situation explains. */
export interface SearchHit { situation: CompiledSituation; score: number }

/** Builds the index; cheap enough to do when the widget opens. */
export function buildIndex(situations: CompiledSituation[]): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const addPosting = (token: string, index: number, weight: number) => {
    let docs = postings.get(token);
    if (!docs) postings.set(token, (docs = new Map()));
    if ((docs.get(index) ?? 0) < weight) docs.set(index, weight);
  };
  const post = (text: string, index: number, weight: number) => {
    for (const token of analyze(text)) addPosting(token, index, weight);
  };
  // A title or synonym is one piece of evidence: its words share it, so "mistet" alone does not
  // count like the whole of "mistet sundhedskort" (1/√n keeps two-word phrases strong).
  const postPhrase = (text: string, index: number, weight: number) => {
    const terms = analyze(text);
    for (const token of terms) addPosting(token, index, weight / Math.sqrt(Math.max(1, terms.length)));
  };
  // Citizens write words together or apart ("digital post", "digitalpost", "mit id", "mitid"), so
  // each pair of adjacent words in a title or synonym is also posted joined.
  const joins = new Set<string>();
  const postJoin = (joined: string, index: number, weight: number) => {
    const token = term(joined);
    joins.add(token);
    addPosting(token, index, weight);
  };
  const postJoined = (text: string, index: number, weight: number) => {
    const content = words(text).filter((word) => !isStopword(word));
    for (let i = 0; i + 1 < content.length; i++) postJoin(content[i] + content[i + 1], index, weight);
    const all = words(text);
    if (all.length > 1 && all.join('').length > 3) postJoin(all.join(''), index, weight);
  };
  const phrases: string[][][] = situations.map((situation) =>
    [situation.title, ...situation.synonyms].map(analyze).filter((phrase) => phrase.length > 0));
  situations.forEach((situation, index) => {
    postPhrase(situation.title, index, fieldWeights.title);
    postJoined(situation.title, index, fieldWeights.title);
    for (const synonym of situation.synonyms) {
      postPhrase(synonym, index, fieldWeights.synonyms);
      postJoined(synonym, index, fieldWeights.synonyms);
    }
    if (situation.en) post(`${situation.en.title} ${situation.en.summary}`, index, fieldWeights.en);
    post(situation.summary, index, fieldWeights.summary);
    post(situation.text, index, fieldWeights.text);
  });
  const vocabulary = [...postings.keys()];
  let exampleIndex: ExampleIndex | undefined;
  const examples = () => (exampleIndex ??= buildExampleIndex(situations.map((situation) => situation.examples ?? [])));
  const positions = new Map(situations.map((situation, index) => [situation.id, index]));
  return { situations, postings, vocabulary, byLetter: new Map(), joins, phrases, examples, positions };
}

/**
 * The citizen's words as query terms. Adjacent words whose join is a known term become one term;
 * an unknown long word is split into two known terms when it can be.
 */
export function queryTerms(index: SearchIndex, query: string): string[] {
  const raw = words(query);
  const terms: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const joined = i + 1 < raw.length ? term(raw[i] + raw[i + 1]) : '';
    // A compound written apart ("navne forandring", "borger guide") is joined when the knowledge
    // knows the whole word. Stop words only join where an editor's title or synonym did it
    // ("mit id"), so "må der" never becomes the word "måder".
    const contentPair = joined && !isStopword(raw[i]) && !isStopword(raw[i + 1]);
    if (joined && (index.joins.has(joined) || (contentPair && index.postings.has(joined)))) {
      terms.push(joined);
      i++;
    } else if (!isStopword(raw[i])) {
      terms.push(...splitCompound(index, raw[i]));
    }
  }
  return [...new Set(terms)];
}

/** "pasfornyelse" → ["pas", "forny"] when both parts are known and the whole is not. */
function splitCompound(index: SearchIndex, word: string): string[] {
  const whole = term(word);
  if (index.postings.has(whole) || word.length < 7) return [whole];
  const folded = fold(word);
  for (let cut = folded.length - 3; cut >= 3; cut--) {
    const head = folded.slice(0, cut);
    const tail = term(folded.slice(cut));
    // Danish joins compounds with a linking -s- or -e- ("sundhedskort", "børnehave").
    const heads = [head, head.replace(/[se]$/, '')].map(term);
    const knownHead = heads.find((candidate) => candidate.length >= 3 && index.postings.has(candidate));
    if (knownHead && index.postings.has(tail)) return [knownHead, tail];
  }
  return [whole];
}

/**
 * The known words starting with `letter`. Misspellings keep their first letter far more often than
 * not, so only those words are compared: it stops "klok" (klokken) from meeting "lokal", and it
 * makes each search a twentieth of the work over a large vocabulary.
 */
function wordsStartingWith(index: SearchIndex, letter: string): string[] {
  let words = index.byLetter.get(letter);
  if (!words) index.byLetter.set(letter, (words = index.vocabulary.filter((word) => word[0] === letter)));
  return words;
}

/** Errors per letter a fuzzy match may have, and how many close words are tried per query term. */
const fuzzyTolerance = { maxScore: 0.3, limit: 5 };

/** Known terms close to a query term, with a similarity 0–1. */
function matchTerm(index: SearchIndex, queryTerm: string): [string, number][] {
  if (index.postings.has(queryTerm)) return [[queryTerm, 1]];
  // Fuzzy matching on very short words finds noise ("pas" inside "pasning"), so it needs 4 letters.
  if (queryTerm.length < 4) return [];
  const candidates = wordsStartingWith(index, queryTerm[0]);
  return fuzzyMatches(queryTerm, candidates, fuzzyTolerance.maxScore, fuzzyTolerance.limit).map(({ word, score }) => {
    const lengthRatio = Math.min(word.length, queryTerm.length) / Math.max(word.length, queryTerm.length);
    return [word, (1 - score) * lengthRatio] as [string, number];
  }).filter(([, similarity]) => similarity >= tuning.minSimilarity);
}

/**
 * A title or an editor's synonym found whole in the query is the strongest evidence there is (the
 * editor wrote exactly those words for this situation), so it lifts the score by up to this much.
 */
export const phraseBonus = 0.3;

/** How far the editors' popularity (0–1) can move a score, relative. */
export const popularityPrior = 0.1;

/** The largest share of the query covered by one of the situation's phrases found whole in it. */
function phraseCoverage(phrases: string[][], asked: Set<string>, size: number): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.every((part) => asked.has(part))) best = Math.max(best, Math.min(1, phrase.length / size));
  }
  return best;
}

/** Options for a search. */
export interface SearchOptions {
  /** Treat the last word as the start of a word (type-ahead). */
  prefixLast?: boolean;
}

/** How much a word counts when it only begins a known word: less than the whole word. */
const prefixSimilarity = 0.8;

/** Known terms that begin with `start` (at least three letters), for type-ahead. */
function prefixMatches(index: SearchIndex, start: string): [string, number][] {
  if (start.length < 3) return [];
  const found: [string, number][] = [];
  for (const word of index.vocabulary) {
    if (word !== start && word.startsWith(start)) found.push([word, prefixSimilarity]);
    if (found.length >= 20) break;
  }
  return found;
}

/** Up to `limit` situations to suggest while the citizen types; weak matches are left out. */
export function suggest(index: SearchIndex, partial: string, limit = 3): SearchHit[] {
  return search(index, partial, { prefixLast: true }).filter((hit) => hit.score >= suggestionFloor).slice(0, limit);
}

/**
 * Situations that match a little but not enough to be offered as "Mente du …?" in a clarify: shown
 * under an honest "we don't know", so the citizen still has somewhere to go.
 */
export function weakCandidates(index: SearchIndex, query: string, limit = 3): SearchHit[] {
  return search(index, query).filter((hit) => hit.score >= weakFloor).slice(0, limit);
}

/** Below this a match is noise, not even worth a "Mente du …?" under "we don't know". */
export const weakFloor = 0.2;

/** The least score a type-ahead suggestion needs: below it, suggestions would be noise. */
export const suggestionFloor = 0.25;

/** Ranks situations for a query; best first, only those with some match. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryTerms(index, query);
  // While the citizen types, the last word is usually unfinished ("sundh"): let it match as a prefix.
  const unfinished = options.prefixLast && /[\p{L}\p{N}]$/u.test(query) ? terms[terms.length - 1] : undefined;
  if (terms.length === 0) return [];
  const total = index.situations.length;
  // Per situation, what each query term is worth to it.
  const contributions = new Map<number, number[]>();
  let known = 0;
  let unknown = 0;
  for (const queryTerm of terms) {
    const matches = queryTerm === unfinished ? [...matchTerm(index, queryTerm), ...prefixMatches(index, queryTerm)] : matchTerm(index, queryTerm);
    if (matches.length) known++;
    else unknown++;
    const best = new Map<number, number>();
    for (const [token, similarity] of matches) {
      const docs = index.postings.get(token)!;
      // Rarer terms say more: a term in every situation is worth a fraction of one in a single one.
      const rarity = Math.log(1 + total / docs.size) / Math.log(1 + total);
      for (const [doc, weight] of docs) {
        const value = similarity * weight * (0.5 + 0.5 * rarity);
        if (value > (best.get(doc) ?? 0)) best.set(doc, value);
      }
    }
    for (const [doc, value] of best) {
      const list = contributions.get(doc);
      if (list) list.push(value);
      else contributions.set(doc, [value]);
    }
  }
  // A long, rambling message is judged on its most telling words: only the best `keyTerms` count,
  // and words the knowledge has never seen ("Aarhus", "netto") weaken a match up to a point.
  const counted = Math.min(known, tuning.keyTerms);
  const possible = maxWeight * (counted + tuning.unknownWord * Math.min(unknown, tuning.maxUnknown));
  // Phrases are checked against the query's words both as matched and as written apart.
  const asked = new Set([...terms, ...analyze(query)]);
  return [...contributions]
    .map(([doc, values]) => {
      const strongest = values.sort((a, b) => b - a).slice(0, tuning.keyTerms).reduce((sum, value) => sum + value, 0);
      const coverage = phraseCoverage(index.phrases[doc], asked, Math.max(1, terms.length));
      const situation = index.situations[doc];
      const match = (Math.min(1, strongest / possible) + phraseBonus * coverage) / (1 + phraseBonus);
      // The editors' popularity prior moves a score by at most ±popularityPrior/2: enough to tip a
      // near-tie towards the common errand, never enough to turn a weak match into an answer.
      return { situation, score: Math.min(1, match * (1 + popularityPrior * ((situation.popularity ?? 0.5) - 0.5))) };
    })
    .sort((a, b) => b.score - a.score || a.situation.title.localeCompare(b.situation.title, 'da'));
}

/**
 * How much the nearest phrasings' votes (a sum of up to five cosine similarities) add to a
 * situation's 0–1 word score when the two rank together. Chosen on the development query set.
 */
export const exampleVoteWeight = 0.5;

/**
 * The situations ranked by their words and the nearest phrasings together: the ten best word
 * matches and every situation a near phrasing voted for. `score` stays the word score.
 */
export function rankWithExamples(index: SearchIndex, hits: SearchHit[], verdict: ExampleVerdict): SearchHit[] {
  const ranked = new Map<number, { hit: SearchHit; rank: number }>();
  for (const hit of hits.slice(0, 10)) ranked.set(index.positions.get(hit.situation.id)!, { hit, rank: hit.score });
  for (const [situation, vote] of verdict.votes) {
    const entry = ranked.get(situation) ?? { hit: { situation: index.situations[situation], score: 0 }, rank: 0 };
    entry.rank += exampleVoteWeight * vote;
    ranked.set(situation, entry);
  }
  return [...ranked.values()].sort((a, b) => b.rank - a.rank).map(({ hit }) => hit);
}
