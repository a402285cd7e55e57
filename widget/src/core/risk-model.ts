/**
 * The statistical half of the emergency detector: a logistic regression over the message's
 * stems, pairs of stems and four-letter pieces of words, trained on labelled messages
 * (`npm run knowledge:risk-model`) and shipped in knowledge.json as 4-bit weights.
 *
 * Why it exists: the vocabulary in risk.yaml recognises what its editors foresaw, and every new
 * set of messages written blind has shown phrasings nobody foresaw ("my friend did not come up
 * again", "I won't be a problem for anyone after tonight"). A model that weighs every word a little
 * generalises to new writers where a list of phrases cannot; the vocabulary in turn knows the
 * kind of danger, the numbers to show and the rules of time and negation. risk.ts combines them.
 *
 * Why this shape: pieces of words make typos and compounds meet ("vejer", "vejret"); the features
 * are hashed into a fixed table so that no word list has to ship, and 4-bit weights keep the table
 * at 8 KB. The choice and its measurements are in docs/ARCHITECTURE.md.
 */
import { riskWords, stemmed } from './risk-words.ts';

/** A trained model as knowledge.json carries it. */
export interface RiskModel {
  /** The table has 2^bits weights. */
  bits: number;
  /** What one step of a 4-bit weight is worth. */
  scale: number;
  /** The weights, two per byte (low nibble first), each a signed 4-bit number, in base64. */
  weights: string;
}

/** FNV-1a: a small, well-spread hash, the same in the trainer and in every browser. */
function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 16777619);
  }
  return value >>> 0;
}

/** The table slots a message lights up: a constant, each stem, each pair of stems and each four-letter piece. */
export function riskFeatures(text: string, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const words = riskWords(text).filter((word) => word !== '');
  const stems = words.map(stemmed);
  const slots = new Set<number>([hash('bias') & mask]);
  words.forEach((word, at) => {
    slots.add(hash(`s:${stems[at]}`) & mask);
    if (at > 0) slots.add(hash(`b:${stems[at - 1]}_${stems[at]}`) & mask);
    const padded = ` ${word} `;
    for (let start = 0; start + 4 <= padded.length; start++) slots.add(hash(`c:${padded.slice(start, start + 4)}`) & mask);
  });
  return [...slots];
}

/** Decoded tables, once per model. */
const tables = new WeakMap<RiskModel, Int8Array>();

/** The weights as signed steps (-8…7). */
export function riskTable(model: RiskModel): Int8Array {
  let table = tables.get(model);
  if (table) return table;
  const bytes = atob(model.weights);
  table = new Int8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes.charCodeAt(i);
    table[2 * i] = ((byte & 15) << 28) >> 28;
    table[2 * i + 1] = (byte << 24) >> 28;
  }
  tables.set(model, table);
  return table;
}

/** How likely the model finds it that someone is in danger now, from 0 to 1. */
export function riskProbability(model: RiskModel, text: string): number {
  const table = riskTable(model);
  let sum = 0;
  for (const slot of riskFeatures(text, model.bits)) sum += table[slot];
  return 1 / (1 + Math.exp(-sum * model.scale));
}
