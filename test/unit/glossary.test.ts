import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { lix } from '../../knowledge/compiler/lix.ts';
import { explainedTerms } from '../../widget/src/core/glossary.ts';
import { profiles, routeFor } from '../../widget/src/core/route.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
});
const at = new Date('2026-11-23T09:00:00Z');
const situation = (id: string) => knowledge.situations.find((candidate) => candidate.id === id)!;

describe('difficult words explained', () => {
  it('explains digital fuldmagt and MitID where a helper is sent to the power of attorney', () => {
    const route = routeFor(knowledge, situation('flytning'), 'proxy', at);
    expect(explainedTerms(route, 'da').map((entry) => entry.term)).toEqual(expect.arrayContaining(['MitID', 'Digital fuldmagt']));
    expect(explainedTerms(routeFor(knowledge, situation('flytning'), 'proxy', at, 'en'), 'en').map((entry) => entry.term)).toContain('Digital power of attorney');
  });

  it('explains nothing that the route does not mention', () => {
    const route = routeFor(knowledge, situation('pas'), 'self', at);
    for (const { term } of explainedTerms(route, 'da')) {
      const text = [route.why, ...route.steps.map((step) => step.label)].join(' ').toLowerCase();
      expect(text).toContain(term.toLowerCase().split(' ').pop());
    }
  });

  it('writes every explanation in plain Danish (LIX ≤ 40)', () => {
    const seen = new Map<string, string>();
    for (const s of knowledge.situations) {
      for (const profile of profiles) {
        for (const entry of explainedTerms(routeFor(knowledge, s, profile, at), 'da', 'fritaget Digital Post MitID')) seen.set(entry.term, entry.explanation);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
    for (const [term, explanation] of seen) expect(lix(explanation).score, `${term}: ${explanation}`).toBeLessThanOrEqual(40);
  });
});
