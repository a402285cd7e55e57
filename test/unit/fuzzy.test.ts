import { describe, expect, it } from 'vitest';
import { fuzzyMatches, substringDistance } from '../../widget/src/core/fuzzy.ts';

describe('substringDistance', () => {
  it('is zero when the pattern is a stretch of the text', () => {
    expect(substringDistance('pas', 'pasning')).toBe(0);
    expect(substringDistance('kort', 'sundhedskort')).toBe(0);
  });

  it('counts substitutions, insertions and deletions', () => {
    expect(substringDistance('sundhedskrot', 'sundhedskort')).toBe(2);
    expect(substringDistance('flytnig', 'flytning')).toBe(1);
    expect(substringDistance('flyttning', 'flytning')).toBe(1);
    expect(substringDistance('abc', 'xyz')).toBe(3);
  });
});

describe('fuzzyMatches', () => {
  const words = ['flytning', 'flyt', 'fly', 'fornyelse', 'flytningen'];

  it('keeps words within the tolerated errors per letter, best first, at most the limit', () => {
    const found = fuzzyMatches('flytnig', words, 0.3, 5);
    expect(found.map((match) => match.word)).toEqual(['flytning', 'flytningen']);
    expect(found[0].score).toBeCloseTo(1 / 7);
    expect(fuzzyMatches('flytnig', words, 0.3, 1)).toHaveLength(1);
  });

  it('finds nothing when every word needs too many edits', () => {
    expect(fuzzyMatches('skilsmisse', words, 0.3, 5)).toEqual([]);
  });
});
