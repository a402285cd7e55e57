/** The English interface: what core composes (routes, reasons, hours) is English all the way through. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { formatHours, openingStatus } from '../../widget/src/core/hours.ts';
import { profiles, routeFor } from '../../widget/src/core/route.ts';
import { createConversation } from '../../widget/src/model/conversation.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
beforeAll(async () => {
  knowledge = await realKnowledge();
});

const monday10 = new Date('2026-11-23T09:00:00Z');
const danishWords = /\b(og|kl\.|åbent|lukket|Bestil|Ring til|Kom i|Bliv ringet|Du |Det her)\b/;

describe('routes in English', () => {
  it('words every composed step and every reason in English, for every situation and profile', () => {
    for (const situation of knowledge.situations) {
      for (const profile of profiles) {
        const route = routeFor(knowledge, situation, profile, monday10, 'en');
        expect(route.why, `${situation.id}/${profile}`).not.toMatch(danishWords);
        for (const step of route.steps.filter((s) => s.labelLang === 'en')) {
          expect(step.label, `${situation.id}/${profile}/${step.channel}`).not.toMatch(danishWords);
        }
        for (const step of route.steps.filter((s) => s.openText)) expect(step.openText).toMatch(/^(open|closed)/);
      }
    }
  });

  it('marks what editors wrote as Danish, so screen readers pronounce it right', () => {
    const flytning = knowledge.situations.find((s) => s.id === 'flytning')!;
    const route = routeFor(knowledge, flytning, 'self', monday10, 'en');
    expect(route.steps[0]).toMatchObject({ channel: 'self-service', labelLang: 'da' });
    const pas = routeFor(knowledge, knowledge.situations.find((s) => s.id === 'pas')!, 'self', monday10, 'en');
    expect(pas.steps[0]).toMatchObject({ channel: 'booking', labelLang: 'en', label: expect.stringMatching(/^Book a time/) });
  });

  it('formats opening hours with English day names', () => {
    const hours = [{ days: ['man' as const, 'tir' as const, 'ons' as const], opens: '09:00', closes: '15:30' }];
    expect(formatHours(hours, 'en')).toBe('Monday–Wednesday at 9:00–15:30');
    expect(openingStatus(hours, monday10, [], 'en')).toEqual({ open: true, text: 'open today until 15:30' });
  });

  it('re-words the routes already shown when the conversation switches language', () => {
    const conversation = createConversation(knowledge, { now: () => monday10 });
    conversation.choose('pas');
    const danish = conversation.messages.value.find((m) => m.kind === 'answer')!;
    conversation.setLanguage('en');
    const english = conversation.messages.value.find((m) => m.kind === 'answer')!;
    if (danish.kind !== 'answer' || english.kind !== 'answer') throw new Error('no answer');
    expect(danish.route.steps[0].label).toMatch(/^Bestil tid/);
    expect(english.route.steps[0].label).toMatch(/^Book a time/);
    expect(english.route.why).toMatch(/^You must come in person/);
  });
});
