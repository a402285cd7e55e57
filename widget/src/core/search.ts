/**
 * Finds life situations for a citizen's words. Each situation's fields are analysed into terms
 * (see text.ts) and posted into an inverted index with field weights; each query term is matched
 * exactly, or fuzzily against the index's vocabulary with fuse.js (misspellings, inflections the
 * stemmer misses). Terms are joined ("mit id" → mitid) and compounds split ("pasfornyelse" →
 * pas + fornyelse) against the vocabulary, so the knowledge itself decides what a word is.
 */
import Fuse from 'fuse.js';
import type { CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { analyze, fold, isStopword, term, words } from './text.ts';

/** How much a match in each field counts; titles and editors' synonyms say most about intent. */
export const fieldWeights = { title: 3, synonyms: 2.5, en: 2, summary: 1, text: 0.5 } as const;

const maxWeight = fieldWeights.title;

/** A search index over compiled situations. */
export interface SearchIndex {
  situations: CompiledSituation[];
  /** term → (situation index → best field weight). */
  postings: Map<string, Map<number, number>>;
  /** Every term in the index, for fuzzy and compound matching. */
  vocabulary: string[];
  fuzzy: Fuse<string>;
  /** Terms made by joining the words of a title or synonym ("mit id" → mitid), for joining queries. */
  joins: Set<string>;
  /** Per situation: its title and each synonym as a set of terms, for whole-phrase matches. */
  phrases: string[][][];
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
  const fuzzy = new Fuse(vocabulary, { includeScore: true, threshold: 0.3, ignoreLocation: true, ignoreFieldNorm: true });
  return { situations, postings, vocabulary, fuzzy, joins, phrases };
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
    // Only joins an editor's title or synonym made: "må der" must not become the word "måder".
    if (joined && index.joins.has(joined)) {
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

/** Known terms close to a query term, with a similarity 0–1. */
function matchTerm(index: SearchIndex, queryTerm: string): [string, number][] {
  if (index.postings.has(queryTerm)) return [[queryTerm, 1]];
  // Fuzzy matching on very short words finds noise ("pas" inside "pasning"), so it needs 4 letters.
  if (queryTerm.length < 4) return [];
  // Misspellings keep their first letter far more often than not; requiring it stops "klok"
  // (klokken) from meeting "lokal".
  return index.fuzzy.search(queryTerm, { limit: 8 }).filter(({ item }) => item[0] === queryTerm[0]).map(({ item, score = 1 }) => {
    const lengthRatio = Math.min(item.length, queryTerm.length) / Math.max(item.length, queryTerm.length);
    return [item, (1 - score) * lengthRatio] as [string, number];
  }).filter(([, similarity]) => similarity >= 0.5);
}

/**
 * A title or an editor's synonym found whole in the query is the strongest evidence there is (the
 * editor wrote exactly those words for this situation), so it lifts the score by up to this much.
 */
export const phraseBonus = 0.3;

/** The largest share of the query covered by one of the situation's phrases found whole in it. */
function phraseCoverage(phrases: string[][], asked: Set<string>, size: number): number {
  let best = 0;
  for (const phrase of phrases) {
    if (phrase.every((part) => asked.has(part))) best = Math.max(best, Math.min(1, phrase.length / size));
  }
  return best;
}

/** Ranks situations for a query; best first, only those with some match. */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const terms = queryTerms(index, query);
  if (terms.length === 0) return [];
  const total = index.situations.length;
  const scores = new Map<number, number>();
  let possible = 0;
  for (const queryTerm of terms) {
    const matches = matchTerm(index, queryTerm);
    // A word the knowledge has never seen ("Aarhus", "please") weakens the match less than a word
    // it knows but that points elsewhere.
    possible += matches.length ? maxWeight : maxWeight / 4;
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
    for (const [doc, value] of best) scores.set(doc, (scores.get(doc) ?? 0) + value);
  }
  // Phrases are checked against the query's words both as matched and as written apart.
  const asked = new Set([...terms, ...analyze(query)]);
  return [...scores]
    .map(([doc, score]) => ({
      situation: index.situations[doc],
      score: (Math.min(1, score / possible) + phraseBonus * phraseCoverage(index.phrases[doc], asked, Math.max(1, terms.length))) / (1 + phraseBonus),
    }))
    .sort((a, b) => b.score - a.score || a.situation.title.localeCompare(b.situation.title, 'da'));
}
