import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { buildIndex, type SearchIndex } from '../../widget/src/core/search.ts';
import { outcome, thresholds as outcomeThresholds, triage } from '../../widget/src/core/triage.ts';
import { rates, readQueries, runRegression, thresholds } from '../../knowledge/regression.ts';
import { join } from 'node:path';
import { realKnowledge, repoRoot } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
let index: SearchIndex;
beforeAll(async () => {
  knowledge = await realKnowledge();
  index = buildIndex(knowledge.situations);
});

const monday = new Date('2026-11-23T10:00:00+01:00');

describe('the editors\' regression set (knowledge/queries.tsv)', () => {
  it('covers every situation with in-scope queries and has out-of-scope ones that must find nothing', () => {
    const queries = readQueries(join(repoRoot, 'knowledge', 'queries.tsv'));
    const expected = new Set(queries.map((q) => q.expected));
    for (const situation of knowledge.situations) expect(expected.has(situation.id), situation.id).toBe(true);
    expect(queries.filter((q) => q.expected === 'none').length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((q) => q.expected !== 'none' && q.expected !== 'emergency').length).toBeGreaterThanOrEqual(250);
    const unknown = [...expected].filter((id) => !['none', 'emergency'].includes(id) && !knowledge.situations.some((s) => s.id === id));
    expect(unknown).toEqual([]);
  });

  it('clears the thresholds for top-1, top-3, out-of-scope, confident wrong answers and emergencies', () => {
    const scores = rates(runRegression(knowledge, readQueries(join(repoRoot, 'knowledge', 'queries.tsv'))));
    expect(scores.top1).toBeGreaterThanOrEqual(thresholds.top1);
    expect(scores.top3).toBeGreaterThanOrEqual(thresholds.top3);
    expect(scores.outOfScope).toBeGreaterThanOrEqual(thresholds.outOfScope);
    expect(scores.emergency).toBeGreaterThanOrEqual(thresholds.emergency);
    expect(scores.confidentWrong).toBeLessThanOrEqual(thresholds.confidentWrong);
  });
});

describe('triage', () => {
  it('answers "jeg skal flytte" with Flytning and its borger.dk self-service first', () => {
    const result = triage(knowledge, index, 'jeg skal flytte', { at: monday });
    expect(result.route?.steps[0]).toMatchObject({ channel: 'self-service', provider: 'borger.dk' });
    expect(result.route?.steps[0].url).toMatch(/^https:\/\/www\.borger\.dk\//);
    expect(result.route?.why).toBeTruthy();
  });

  it('puts booking first for a passport, with what to prepare, and ends with a person to call', () => {
    const route = triage(knowledge, index, 'forny pas', { at: monday }).route!;
    expect(route.steps[0]).toMatchObject({ channel: 'booking', service: 'pas' });
    expect(route.steps[0].prepare).toBeTruthy();
    expect(route.steps.at(-1)).toMatchObject({ channel: 'phone', phone: knowledge.municipality.borgerservice.phone, open: true });
  });

  it('books a time first when a person is needed and there is no self-service', () => {
    const route = triage(knowledge, index, 'fritaget for digital post', { at: monday }).route!;
    expect(route.steps[0]).toMatchObject({ channel: 'booking', service: 'fritagelse-digital-post' });
    expect(route.steps.map((step) => step.channel)).not.toContain('self-service');
  });

  it('never lets a CPR number through to the query, the results or the route', () => {
    const result = triage(knowledge, index, 'jeg skal flytte 010190-1234', { at: monday });
    expect(JSON.stringify(result)).not.toContain('1234');
    expect(result.query).toBe('jeg skal flytte');
    expect(result.notices).toContain('cpr-removed');
    expect(result.route?.notices).toContain('cpr-removed');
  });

  it('keeps e-mail addresses and phone numbers out of the query, and so out of the site-search link', () => {
    const result = triage(knowledge, index, 'jeg skal flytte karen@postkasse.example +45 87 65 43 21', { at: monday });
    expect(JSON.stringify(result)).not.toMatch(/karen|postkasse|87 65 43 21/);
    expect(result.query).toBe('jeg skal flytte');
    expect(result.results[0]?.id).toBe('flytning');
  });

  it('cuts very long input after scrubbing, so a CPR number at the cut is still removed', () => {
    const long = `${'flytte '.repeat(71)}010190-1234`;
    const result = triage(knowledge, index, long, { at: monday });
    expect(result.query.length).toBeLessThanOrEqual(500);
    expect(result.query).not.toMatch(/\d/);
  });

  it('puts 112 first when someone may be in danger, with the line for that danger, and lists no match beside it', () => {
    const result = triage(knowledge, index, 'jeg vil tage mit eget liv', { at: monday });
    expect(result.status).toBe('emergency');
    expect(result.results).toEqual([]);
    expect(result.risk?.kinds).toContain('suicide');
    expect(result.route?.notices).toContain('emergency');
    // 112, Livslinien, and Borgerservice's own number last: the normal phone number is never hidden.
    expect(result.route?.steps.map((step) => step.phone)).toEqual(['112', '70 201 201', knowledge.municipality.borgerservice.phone]);
  });

  it('shows the numbers beside a normal outcome when danger is only possible, never a confident answer about something else', () => {
    const result = triage(knowledge, index, 'min eks truer mig hele tiden, hvordan får jeg hemmelig adresse', { at: monday });
    expect(result.risk?.tier).toBe(2);
    expect(result.notices).toContain('possible-danger');
    expect(result.status).not.toBe('emergency');
    expect(result.risk?.numbers[0].phone).toBe('112');
    if (result.status === 'answer') expect(result.results[0].id).toBe('adressebeskyttelse');
  });

  it('finds nothing for an empty or meaningless query', () => {
    expect(triage(knowledge, index, '   ', { at: monday }).status).toBe('none');
    expect(triage(knowledge, index, 'og jeg skal', { at: monday }).status).toBe('none');
  });
});

describe('outcome', () => {
  const hit = (id: string, score: number) => ({ situation: { id, title: id } as CompiledKnowledge['situations'][number], score });

  it('answers only when the top result clearly beats the runner-up', () => {
    expect(outcome([hit('a', 0.8), hit('b', 0.3)]).status).toBe('answer');
    expect(outcome([hit('a', 0.8), hit('b', 0.75)]).status).toBe('clarify');
  });

  it('answers a weaker match only when no other situation is relevant at all', () => {
    const weak = outcomeThresholds.alone + 0.02;
    expect(outcome([hit('a', weak)]).status).toBe('answer');
    expect(outcome([hit('a', weak), hit('b', outcomeThresholds.relevant - 0.01)]).status).toBe('answer');
    expect(outcome([hit('a', weak), hit('b', outcomeThresholds.relevant)]).status).toBe('clarify');
    expect(outcome([hit('a', outcomeThresholds.alone - 0.01)]).status).toBe('none');
  });

  it('asks "Mente du" when matches are close and offers at most three options', () => {
    const many = outcome([hit('a', 0.4), hit('b', 0.39), hit('c', 0.38), hit('d', 0.37)]);
    expect(many.status).toBe('clarify');
    expect(many.shown.map((h) => h.situation.id)).toEqual(['a', 'b', 'c']);
  });

  it('never dresses an irrelevant match up as an answer', () => {
    expect(outcome([hit('a', outcomeThresholds.relevant - 0.01)])).toEqual({ status: 'none', shown: [] });
  });
});
