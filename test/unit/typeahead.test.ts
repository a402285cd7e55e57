import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { buildIndex, type SearchIndex } from '../../widget/src/core/search.ts';
import { createTypeahead } from '../../widget/src/model/typeahead.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
let index: SearchIndex;
beforeAll(async () => {
  knowledge = await realKnowledge();
  index = buildIndex(knowledge.situations);
});

describe('type-ahead', () => {
  it('suggests at most three situations for an unfinished word, the best first', () => {
    const typeahead = createTypeahead(index);
    typeahead.update('sundh');
    const ids = typeahead.suggestions.value.map((s) => s.id);
    expect(ids[0]).toBe('sundhedskort');
    expect(ids.length).toBeLessThanOrEqual(3);
    typeahead.update('jeg skal flyt');
    expect(typeahead.suggestions.value[0].id).toBe('flytning');
  });

  it('suggests nothing for one or two letters, or for words it does not know', () => {
    const typeahead = createTypeahead(index);
    typeahead.update('fl');
    expect(typeahead.suggestions.value).toEqual([]);
    typeahead.update('qwxz');
    expect(typeahead.suggestions.value).toEqual([]);
  });

  it('moves the pointer with the arrow keys, wrapping around, and starts again when the list changes', () => {
    const typeahead = createTypeahead(index);
    typeahead.update('pas');
    const count = typeahead.suggestions.value.length;
    expect(count).toBeGreaterThan(1);
    expect(typeahead.active.value).toBe(-1);
    typeahead.move(1);
    expect(typeahead.current()?.id).toBe(typeahead.suggestions.value[0].id);
    typeahead.move(-1);
    expect(typeahead.active.value).toBe(count - 1);
    typeahead.move(1);
    expect(typeahead.active.value).toBe(0);
    typeahead.update('sundhedskort');
    expect(typeahead.active.value).toBe(-1);
    typeahead.clear();
    expect(typeahead.suggestions.value).toEqual([]);
    expect(typeahead.current()).toBeUndefined();
  });

  it('never lets a CPR number reach the search', () => {
    const typeahead = createTypeahead(index);
    typeahead.update('010190-1234');
    expect(typeahead.suggestions.value).toEqual([]);
    typeahead.update('010190-1234 sundh');
    expect(typeahead.suggestions.value[0]?.id).toBe('sundhedskort');
  });
});
