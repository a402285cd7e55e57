/**
 * Approximate word matching for misspellings ("sundhedskrot", "flyttet"): how many edits (insert,
 * delete, substitute) it takes to turn the query word into some stretch of a known word, as a share
 * of the query word's length. This is what fuse.js's Bitap scored for us with `ignoreLocation`, in
 * thirty lines instead of 8 KB gzip of the app budget.
 */

/** A known word with its score: 0 is an exact stretch, `maxScore` the most errors tolerated. */
export interface FuzzyMatch { word: string; score: number }

/**
 * The fewest edits that turn `pattern` into any substring of `text` (Sellers' algorithm: the
 * classic edit-distance table, but a match may start anywhere in `text`, so row 0 costs nothing).
 */
export function substringDistance(pattern: string, text: string): number {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

/**
 * Up to `limit` words whose best stretch is within `maxScore` errors per pattern letter, best
 * first; ties keep the words' order, so results are stable.
 */
export function fuzzyMatches(pattern: string, words: readonly string[], maxScore: number, limit: number): FuzzyMatch[] {
  const maxErrors = Math.floor(maxScore * pattern.length + 1e-9);
  const found: FuzzyMatch[] = [];
  for (const word of words) {
    // A word shorter than the pattern by more than the allowed errors cannot come close enough.
    if (word.length + maxErrors < pattern.length) continue;
    const errors = substringDistance(pattern, word);
    if (errors <= maxErrors) found.push({ word, score: errors / pattern.length });
  }
  return found.sort((a, b) => a.score - b.score).slice(0, limit);
}
