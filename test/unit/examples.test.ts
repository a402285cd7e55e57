/**
 * Nearest phrasings: the index finds the citizen's phrasing closest to a query whatever its
 * spelling, the nearest vote, and the rules that let them change the words' outcome.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledSituation } from '../../knowledge/compiler/compiled.ts';
import { buildExampleIndex, nearestExamples } from '../../widget/src/core/examples.ts';
import { exampleThresholds, withExamples } from '../../widget/src/core/triage.ts';
import type { SearchHit } from '../../widget/src/core/search.ts';

const index = buildExampleIndex([
  ['vi har fået nøglerne til en ny lejlighed', 'skal melde ny adresse', 'just moved house, need to change my address'],
  ['min søn har knækket sit gule kort', 'har tabt mit sygesikringsbevis', 'lost my yellow health card'],
  [],
]);

describe('nearest phrasings', () => {
  it('finds the nearest phrasing of a whole sentence, and its situation votes most', () => {
    const verdict = nearestExamples(index, 'vi har lige fået nøglerne til vores nye rækkehus');
    expect(verdict.nearest?.situation).toBe(0);
    expect(verdict.nearest!.similarity).toBeGreaterThan(0.4);
    expect(Math.max(...verdict.votes.values())).toBe(verdict.votes.get(0));
  });

  it('meets typos, missing æ/ø/å and compounds through pieces of words', () => {
    expect(nearestExamples(index, 'har tabt mit sygesikringsbevies').nearest?.situation).toBe(1);
    expect(nearestExamples(index, 'knaekket gule kort').nearest?.situation).toBe(1);
  });

  it('finds nothing for words no phrasing has, and never votes for a situation without phrasings', () => {
    expect(nearestExamples(index, 'qwerty asdf').nearest).toBeUndefined();
    expect(nearestExamples(index, 'ny adresse').votes.has(2)).toBe(false);
  });
});

describe('how a near phrasing changes the outcome', () => {
  const situation = (id: string) => ({ id, title: id }) as CompiledSituation;
  const [a, b, c] = ['a', 'b', 'c'].map(situation);
  const hit = (s: CompiledSituation, score: number): SearchHit => ({ situation: s, score });
  const ranked = [hit(b, 0.2), hit(a, 0.4), hit(c, 0.1)];
  const { offer, answerAlone, confirm, overrule, wordsWin } = exampleThresholds;

  it('offers the combined ranking where the words found nothing, and answers only when very near and first', () => {
    const none = { status: 'none' as const, shown: [] };
    expect(withExamples(none, ranked, { situation: b, similarity: offer - 0.01 })).toBe(none);
    expect(withExamples(none, ranked, { situation: a, similarity: offer })).toEqual({ status: 'clarify', shown: ranked });
    expect(withExamples(none, ranked, { situation: a, similarity: answerAlone })).toEqual({ status: 'clarify', shown: ranked });
    expect(withExamples(none, ranked, { situation: b, similarity: answerAlone })).toEqual({ status: 'answer', shown: ranked });
  });

  it('turns an answer into a question with both when a near phrasing belongs to another situation', () => {
    const answer = { status: 'answer' as const, shown: [hit(a, 0.6), hit(c, 0.1)] };
    expect(withExamples(answer, ranked, { situation: b, similarity: overrule - 0.01 })).toBe(answer);
    expect(withExamples(answer, ranked, { situation: a, similarity: 0.9 })).toBe(answer);
    expect(withExamples(answer, ranked, { situation: b, similarity: overrule })).toEqual({ status: 'clarify', shown: [hit(a, 0.6), hit(b, 0.2), hit(c, 0.1)] });
  });

  it('keeps an answer whose title or synonym the words match almost whole ("digital post")', () => {
    const exact = { status: 'answer' as const, shown: [hit(a, wordsWin)] };
    expect(withExamples(exact, ranked, { situation: b, similarity: 0.95 })).toBe(exact);
  });

  it('answers a clarification only when the phrasing, the ranking and the words agree', () => {
    const unsure = { status: 'clarify' as const, shown: [hit(b, 0.4), hit(a, 0.38)] };
    expect(withExamples(unsure, ranked, { situation: b, similarity: confirm })).toEqual({ status: 'answer', shown: ranked });
    expect(withExamples(unsure, ranked, { situation: b, similarity: confirm - 0.01 })).toEqual({ status: 'clarify', shown: ranked });
    const otherFirst = { status: 'clarify' as const, shown: [hit(a, 0.4), hit(b, 0.38)] };
    expect(withExamples(otherFirst, ranked, { situation: b, similarity: 0.9 })).toEqual({ status: 'clarify', shown: ranked });
  });
});
