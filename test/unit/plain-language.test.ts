/**
 * Plain Danish: the LIX readability index (≤ 40) for what citizens read — the editors' summaries,
 * the widget's interface strings and the route explanations. The metric itself is tested on small
 * hand-counted texts first, so a broken count cannot pass everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { averageLix, lix } from '../../knowledge/compiler/lix.ts';
import {
  formatLix, maxLix, measure, minWordsForOwnScore, overLimit, reportLine, routeTexts, scoreTexts, summaryTexts, uiTexts,
  type ScoredText,
} from '../../knowledge/plain-language.ts';
import { profiles } from '../../widget/src/core/route.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
});

/** One line per offender, so a failure says what to rewrite without rerunning anything. */
function offenders(texts: ScoredText[]): string[] {
  return texts.map(({ where, text, lix: result }) => `${where}: LIX ${formatLix(result.score)} — "${text}"`);
}

describe('the LIX count', () => {
  it('divides words by sentences and adds the percentage of words over six letters', () => {
    // Du melder flytning på nettet | Det tager fem minutter: 9 words, 2 sentences; flytning and
    // minutter are long (8 letters), nettet is not (6).
    expect(lix('Du melder flytning på nettet. Det tager fem minutter.')).toEqual({ words: 9, sentences: 2, longWords: 2, score: 9 / 2 + 200 / 9 });
  });

  it('counts a word as long only when it has more than six letters', () => {
    // hjemme has 6 letters, kontakt has 7: 2 words in 1 sentence, 1 long → 2 + 50.
    expect(lix('Hjemme kontakt')).toEqual({ words: 2, sentences: 1, longWords: 1, score: 52 });
  });

  it('reads æ, ø and å as letters inside a word', () => {
    expect(lix('Ældrerådet søger')).toEqual({ words: 2, sentences: 1, longWords: 1, score: 52 });
  });

  it('keeps hyphenated words and apostrophes whole but counts only their letters', () => {
    // CPR-nummer has 9 letters (long); e-mail has 5 and id'et 4 (not long).
    expect(lix('Skriv CPR-nummer og e-mail i id\'et')).toEqual({ words: 6, sentences: 1, longWords: 1, score: 6 + 100 / 6 });
  });

  it('does not count phone numbers, links or e-mail addresses as words', () => {
    expect(lix('Ring 12 34 56 78 eller gå til https://www.borger.dk/flytning.')).toEqual({ words: 4, sentences: 1, longWords: 0, score: 4 });
    expect(lix('Skriv til post@eksempel.dk eller brug borger.dk.')).toEqual({ words: 4, sentences: 1, longWords: 0, score: 4 });
  });

  it('ends sentences at a full stop, exclamation mark, question mark, colon or line end', () => {
    expect(lix('Hvad skal du? Gør det nu! Før du kommer:\nTag pas med').sentences).toBe(4);
    expect(lix('Før du kommer:\nTag dit pas med')).toEqual({ words: 7, sentences: 2, longWords: 0, score: 3.5 });
  });

  it('treats a text without a full stop as one sentence', () => {
    expect(lix('Ny samtale')).toEqual({ words: 2, sentences: 1, longWords: 1, score: 52 });
  });

  it('does not end a sentence at common abbreviations such as kl. and fx.', () => {
    // Kom kl og tag fx dit pas med: 8 words in one sentence; the 9 is a number.
    expect(lix('Kom kl. 9 og tag fx. dit pas med.')).toEqual({ words: 8, sentences: 1, longWords: 0, score: 8 });
  });

  it('gives 0 for a text with no words, such as a bare phone number', () => {
    expect(lix('')).toEqual({ words: 0, sentences: 0, longWords: 0, score: 0 });
    expect(lix('12 34 56 78')).toEqual({ words: 0, sentences: 0, longWords: 0, score: 0 });
  });

  it('pools many texts into one score instead of averaging their scores', () => {
    // Ny samtale (2 words, 1 sentence, 1 long) + Hjemme kontakt (2, 1, 1) + a 9-word text (9, 2, 2):
    // 13 words / 4 sentences + 100 × 4 / 13 — not the mean of 52, 52 and 26.7.
    const pooled = averageLix(['Ny samtale', 'Hjemme kontakt', 'Du melder flytning på nettet. Det tager fem minutter.']);
    expect(pooled).toEqual({ words: 13, sentences: 4, longWords: 4, score: 13 / 4 + 400 / 13 });
    expect(averageLix([]).score).toBe(0);
  });
});

describe('plain Danish for citizens (LIX at most 40)', () => {
  it('keeps every situation summary at LIX 40 or below', () => {
    const summaries = summaryTexts(knowledge);
    expect(summaries).toHaveLength(knowledge.situations.length);
    const hard = scoreTexts(summaries).filter(({ lix: result }) => result.score > maxLix);
    expect(offenders(hard), `summaries over LIX ${maxLix}: write shorter sentences and shorter words`).toEqual([]);
  });

  it('finds every Danish interface string, nested groups and filled-in templates included', () => {
    const texts = uiTexts();
    const where = texts.map((text) => text.where);
    expect(where).toEqual(expect.arrayContaining(['heading', 'profiles.self', 'notices.no-email', 'call(…)']));
    expect(texts.find((text) => text.where === 'call(…)')?.text).toBe('Ring til Borgerservice');
    // A template filled with the wrong number of values would show "undefined" and skew the score.
    expect(texts.filter((text) => /undefined|NaN|\[object/.test(text.text))).toEqual([]);
  });

  it('keeps every Danish interface sentence of at least five words at LIX 40 or below', () => {
    // Shorter labels ("Ny samtale", "Forslag") are checked only in the pooled score below:
    // the LIX of a one- or two-word label is noise, as one long word alone gives 52 or 101.
    const hard = overLimit(uiTexts());
    expect(offenders(hard), `interface sentences of ${minWordsForOwnScore}+ words over LIX ${maxLix}`).toEqual([]);
  });

  it('keeps all Danish interface strings together at LIX 40 or below', () => {
    expect(averageLix(uiTexts().map(({ text }) => text)).score).toBeLessThanOrEqual(maxLix);
  });

  it('explains every route for every situation and profile in at most LIX 40', () => {
    const { why } = routeTexts(knowledge);
    // Every profile's rule has its own explanation; too few means the walk over routes broke.
    expect(why.length).toBeGreaterThanOrEqual(profiles.length);
    const hard = overLimit(why);
    expect(offenders(hard), `route explanations of ${minWordsForOwnScore}+ words over LIX ${maxLix}`).toEqual([]);
  });

  it('keeps all route step labels and explanations together at LIX 40 or below', () => {
    const { why, labels } = routeTexts(knowledge);
    expect(labels.length).toBeGreaterThan(0);
    expect(averageLix([...why, ...labels].map(({ text }) => text)).score).toBeLessThanOrEqual(maxLix);
  });
});

afterAll(() => {
  // One line for whoever reads the test output; `npm run lix` prints the details.
  if (knowledge) console.log(reportLine(measure(knowledge)));
});
