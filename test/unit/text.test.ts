import { describe, expect, it } from 'vitest';
import { analyze, fold, words } from '../../widget/src/core/text.ts';

describe('Danish text processing', () => {
  it('folds æ, ø and å to the pairs citizens type on foreign keyboards', () => {
    expect(fold('Kørekort på Ærø')).toBe('koerekort paa aeroe');
  });

  it('meets the same term whether or not the citizen writes æ/ø/å', () => {
    expect(analyze('kørekort')).toEqual(analyze('koerekort'));
    expect(analyze('åbningstider')).toEqual(analyze('aabningstider'));
  });

  it('drops stop words but keeps domain words such as far, mor and ny', () => {
    expect(analyze('jeg skal flytte')).toEqual(['flyt']);
    expect(analyze('min mor og far')).toEqual(['mor', 'far']);
    expect(analyze('ny')).toEqual(['ny']);
  });

  it('stems inflections to one term', () => {
    expect(analyze('flytter')).toEqual(analyze('flytte'));
    expect(analyze('sundhedskortet')).toEqual(analyze('sundhedskort'));
  });

  it('splits on punctuation and keeps digits', () => {
    expect(words('E-boks, 2026!')).toEqual(['e', 'boks', '2026']);
  });
});
