/**
 * How the emergency detector reads a message: folded the way people write without Danish letters,
 * split into words, and each word's Danish stem. Shared by the vocabulary's matching (risk.ts) and
 * the statistical model (risk-model.ts), so both read a message the same way.
 */
import { stemmer } from '@orama/stemmers/danish';
import { fold } from './text.ts';

/**
 * Folds the way people write without Danish letters: "søen", "soeen" and "soen" all become "son",
 * "hjælp", "hjaelp" and "hjalp" all "hjalp". Both the vocabulary and the citizen's words pass
 * through here, so they meet whichever way a word was typed.
 */
export function loose(text: string): string {
  const collapse = (value: string) => value.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/aa/g, 'a');
  return collapse(collapse(fold(text)));
}

/**
 * The text as loose words; apostrophes vanish so "can't" and "cant" meet. The end of a sentence or
 * clause (. ! ? , ; :) becomes an empty word, which no phrase crosses and no negation reaches over.
 */
export function riskWords(text: string, spellings: Map<string, string> = new Map()): string[] {
  const words = loose(text.replace(/['’`´]/g, '')).match(/[a-z0-9]+|[.!?,;:]+/g) ?? [];
  return words.map((word) => (/^[a-z0-9]/.test(word) ? spellings.get(word) ?? word : ''));
}

/** Each word's Danish stem, once: "falder", "faldet" and "falde" all become "fald". */
const stems = new Map<string, string>();
export function stemmed(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size > 50_000) stems.clear();
    found = stemmer(word);
    stems.set(word, found);
  }
  return found;
}

