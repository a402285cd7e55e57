/**
 * Danish text processing shared by the knowledge index and the citizen's query, so both sides meet
 * in the same form: lower case, Snowball stem, then æ/ø/å folded to ae/oe/aa (citizens on foreign
 * keyboards write "koerekort"). Stemming runs before folding because the Danish stemmer knows æøå.
 */
import { stemmer } from '@orama/stemmers/danish';
import { stopwords } from './stopwords.ts';

const foldings: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'u', é: 'e', è: 'e', á: 'a' };

/** Folds Danish and accented letters to ASCII pairs: "Kørekort" → "koerekort". */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[æøåäöüéèá]/g, (letter) => foldings[letter]);
}

/** Splits text into lower-case words (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words the Snowball stemmer merges with a different word that matters here: "passe" (look after)
 * must not become "pas" (passport), nor "farlig" or "fare" (danger) "far" (father).
 */
const stemExceptions: Record<string, string> = {
  passe: 'passe', passer: 'passe', passede: 'passe', passes: 'passe',
  // Snowball strips "-lig" as a suffix, which turns "farlig" (dangerous) into "far" (father).
  farlig: 'farlig', farligt: 'farlig', farlige: 'farlig', fare: 'fare',
};

/** Stemming is the costly step and texts repeat their words, so each word is stemmed once. */
const termCache = new Map<string, string>();
const termCacheLimit = 100_000;

/** Stems one lower-case word and folds it. */
export function term(word: string): string {
  let cached = termCache.get(word);
  if (cached === undefined) {
    if (termCache.size >= termCacheLimit) termCache.clear();
    cached = fold(stemExceptions[word] ?? stemmer(word));
    termCache.set(word, cached);
  }
  return cached;
}

/** Whether a word is a stop word (compared folded). */
export function isStopword(word: string): boolean {
  return stopwords.has(fold(word));
}

/** Text → search terms: words without stop words, stemmed and folded. */
export function analyze(text: string): string[] {
  return words(text).filter((word) => !isStopword(word)).map(term);
}
