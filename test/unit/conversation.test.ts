import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { createConversation } from '../../widget/src/model/conversation.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
});
const now = () => new Date('2026-11-23T10:00:00+01:00');

describe('conversation', () => {
  it('appends the question and a confident answer', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('jeg skal flytte');
    const [question, answer] = conversation.messages.value;
    expect(question).toMatchObject({ kind: 'question', text: 'jeg skal flytte' });
    expect(answer.kind).toBe('answer');
    expect(answer.kind === 'answer' && answer.situation.id).toBe('flytning');
  });

  it('echoes the question without the CPR number and adds a notice', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('0101901234 mistet pas');
    const messages = conversation.messages.value;
    expect(JSON.stringify(messages)).not.toContain('0101901234');
    expect(messages.map((m) => m.kind)).toContain('notice');
  });

  it('shows only the notice when the input was nothing but a CPR number', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('010190-1234');
    expect(conversation.messages.value.map((m) => m.kind)).toEqual(['notice']);
  });

  it('shows emergency numbers first when someone may be in danger', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('min kæreste slår mig');
    const [, emergency] = conversation.messages.value;
    expect(emergency.kind).toBe('emergency');
    expect(emergency.kind === 'emergency' && emergency.route.steps[0].phone).toBe('112');
  });

  it('says honestly when nothing fits', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('banan');
    expect(conversation.messages.value.at(-1)).toMatchObject({ kind: 'none', query: 'banan', candidates: [] });
  });

  it('offers weak candidates under an honest "we don\'t know", never as an answer', () => {
    const conversation = createConversation(knowledge, { now });
    // Find a query whose best match is weak, so the test does not depend on one phrasing.
    const weak = ['vejret i morgen', 'hvordan fodrer jeg min kat', 'hvad er meningen med livet', 'anbefal en god restaurant']
      .find((query) => {
        conversation.ask(query);
        const last = conversation.messages.value.at(-1)!;
        return last.kind === 'none' && last.candidates.length > 0;
      });
    expect(weak).toBeDefined();
    const last = conversation.messages.value.at(-1)!;
    expect(last.kind === 'none' && last.candidates.length).toBeLessThanOrEqual(3);
  });

  it('answers a chosen topic and starts over on reset', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.choose('pas');
    expect(conversation.messages.value.map((m) => m.kind)).toEqual(['question', 'answer']);
    conversation.choose('findes-ikke');
    expect(conversation.messages.value).toHaveLength(2);
    conversation.reset();
    expect(conversation.messages.value).toEqual([]);
  });

  it('gives every message a unique id, also across a reset', () => {
    const conversation = createConversation(knowledge, { now });
    conversation.ask('pas');
    const first = conversation.messages.value.map((m) => m.id);
    conversation.reset();
    conversation.ask('pas');
    const second = conversation.messages.value.map((m) => m.id);
    expect(new Set([...first, ...second]).size).toBe(first.length + second.length);
  });
});
