/**
 * LIX, the readability index used for Danish (Björnsson 1968): average sentence length plus the
 * share of long words. Under 30 is easy, 30–40 is ordinary plain language, over 40 is hard for many
 * citizens. Vejviser's own texts and the editors' summaries must stay at 40 or below.
 *
 * Pure text handling with no DOM and no dependencies, so the compiler's linter, the unit tests and
 * the editors' `npm run lix` all count exactly the same way.
 */

/** The counts behind one LIX score, so a report can show why a text scores as it does. */
export interface LixResult {
  /** Words: runs of letters (æ, ø, å included), with hyphens or apostrophes only inside them. */
  words: number;
  /** Sentences that contain at least one word. */
  sentences: number;
  /** Words with more than 6 letters. */
  longWords: number;
  /** words / sentences + 100 × longWords / words; 0 for a text without words. */
  score: number;
}

/** A word is long when it has more than this many letters (the standard LIX cut-off). */
export const longWordLetters = 6;

// Addresses are read as names, not as words: "borger.dk" or a full link says nothing about how
// hard the sentence around it is, and its dots are not full stops. They are removed before
// counting. Trailing punctuation is left behind, because "… på borger.dk." still ends a sentence.
const urlPattern = /(?:https?:\/\/|www\.)\S*?(?=[.,;:!?)\]]*(?:\s|$))/giu;
const emailPattern = /[^\s@()]+@[^\s@]+?(?=[.,;:!?)\]]*(?:\s|$))/gu;
const domainPattern = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:dk|com|org|net|eu|gl|fo|info|io|de|se|no)(?:\/\S*?)?(?=[.,;:!?)\]]*(?:\s|$))/giu;

// Common Danish abbreviations whose full stop is not the end of a sentence. Without this,
// "kl. 9" or "fx. et pas" would count as two sentences and make a text look easier than it is.
// Only abbreviations that practically never end a sentence are listed.
const abbreviationPattern = /(?<![\p{L}.])(bl\.a|f\.eks|m\.m|fx|kl|nr|ca|evt|jf|tlf|inkl|ekskl|dvs|pga|mht|ift|vedr|hhv|kr)\./giu;

// A sentence ends at . ! ? or : followed by a space or the end of the text, and at every line end
// (a list item or a heading is a unit of its own). The dots inside "1.000" are not sentence ends.
const sentenceEnd = /[.!?:]+(?=\s|$)|\r?\n/u;

// Letters, with hyphen or apostrophe joining letters ("CPR-nummer", "e-mail", "id'et").
const wordPattern = /\p{L}+(?:['’\u2010\u2011-]\p{L}+)*/gu;

/** The words of one sentence: whitespace-separated pieces with a digit are numbers, not words. */
function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/u)
    // A phone number, a date, an amount or "kl.9" is read as a number; a piece like "3-årig" is
    // dropped with it, which is rare and better than counting "årig" as a word of its own.
    .filter((piece) => !/\p{N}/u.test(piece))
    .flatMap((piece) => piece.match(wordPattern) ?? []);
}

/** The number of letters in a word: hyphens and apostrophes are not letters. */
function letters(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

/** Combines counts into a score; kept apart so one and many texts use the same formula. */
function score(words: number, sentences: number, longWords: number): number {
  if (words === 0) return 0;
  return words / Math.max(1, sentences) + (100 * longWords) / words;
}

/**
 * The LIX of one text. Sentences end at . ! ? : or a line end; a text with no terminator is one
 * sentence. Links, e-mail addresses, domain names and numbers (phone numbers, dates) are not words.
 */
export function lix(text: string): LixResult {
  const cleaned = text
    .replace(urlPattern, ' ')
    .replace(emailPattern, ' ')
    .replace(domainPattern, ' ')
    // "bl.a." keeps its letters as one word, without the dots that would end a sentence.
    .replace(abbreviationPattern, (_match, abbreviation: string) => abbreviation.replace(/\./g, ''));

  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const sentence of cleaned.split(sentenceEnd)) {
    const found = wordsOf(sentence);
    // A piece with no words ("12 34 56 78" after a colon) is not a sentence a reader has to parse.
    if (found.length === 0) continue;
    sentences += 1;
    words += found.length;
    longWords += found.filter((word) => letters(word) > longWordLetters).length;
  }
  return { words, sentences, longWords, score: score(words, sentences, longWords) };
}

/**
 * One LIX over many texts pooled together: all words over all sentences. Averaging the scores of
 * short strings would let a two-word label with one long word (LIX 52) weigh as much as a whole
 * paragraph; pooling weighs every word and sentence the same, as a reader meets them.
 */
export function averageLix(texts: Iterable<string>): LixResult {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const text of texts) {
    const result = lix(text);
    words += result.words;
    sentences += result.sentences;
    longWords += result.longWords;
  }
  return { words, sentences, longWords, score: score(words, sentences, longWords) };
}
