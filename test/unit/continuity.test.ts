import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { deepLinkHash, deepLinkUrl, parseDeepLink } from '../../widget/src/core/deep-link.ts';
import { buildIndex, type SearchIndex } from '../../widget/src/core/search.ts';
import { keepInSession, parseSaved, restore, snapshot, storageKey } from '../../widget/src/model/continuity.ts';
import { createConversation } from '../../widget/src/model/conversation.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

let knowledge: CompiledKnowledge;
let index: SearchIndex;
beforeAll(async () => {
  knowledge = await realKnowledge();
  index = buildIndex(knowledge.situations);
});

/** A Storage in memory, counting writes. */
function memoryStorage() {
  const data = new Map<string, string>();
  let writes = 0;
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => { writes++; data.set(key, value); },
    removeItem: (key: string) => { data.delete(key); },
    get length() { return data.size; },
  } as unknown as Storage;
  return { storage, data, writes: () => writes };
}

const appointment = { id: 'a1', code: 'K7Q2', service: 'pas', start: '2026-11-24T10:00:00+01:00', end: '2026-11-24T10:15:00+01:00', location: 'Borgerservice Eksempelby' };

describe('deep links', () => {
  it('reads the situation and a known profile, and ignores an unknown profile', () => {
    expect(parseDeepLink('#vejviser=pas&profil=exempt')).toEqual({ situation: 'pas', profile: 'exempt' });
    expect(parseDeepLink('#vejviser=pas&profil=boss')).toEqual({ situation: 'pas' });
    expect(parseDeepLink('#top')).toBeUndefined();
    expect(parseDeepLink('#vejviser=')).toBeUndefined();
  });

  it('writes links that read back the same, replacing the page\'s own hash', () => {
    expect(deepLinkHash({ situation: 'pas', profile: 'help' })).toBe('#vejviser=pas&profil=help');
    const url = deepLinkUrl('https://kommune.example/borger#top', { situation: 'flytning' });
    expect(url).toBe('https://kommune.example/borger#vejviser=flytning');
    expect(parseDeepLink(new URL(url).hash)).toEqual({ situation: 'flytning' });
  });
});

describe('continuity', () => {
  it('keeps situations, profile, language and bookings, never what the citizen wrote', () => {
    const conversation = createConversation(knowledge, { index });
    conversation.ask('jeg skal have nyt pas til ferien på Mallorca');
    conversation.setProfile('help');
    conversation.recordBooking(appointment);
    const saved = snapshot(conversation)!;
    expect(saved).toEqual({ v: 1, situations: ['pas'], profile: 'help', lang: 'da', bookings: [appointment] });
    expect(JSON.stringify(saved)).not.toMatch(/Mallorca|ferien/);
  });

  it('ignores saved data that is malformed or from another version', () => {
    expect(parseSaved('{"v":2,"situations":[],"bookings":[]}')).toBeUndefined();
    expect(parseSaved('not json')).toBeUndefined();
    expect(parseSaved(null)).toBeUndefined();
    expect(parseSaved('{"v":1,"situations":["pas",7],"bookings":[{"id":1}],"profile":"boss","lang":"xx"}'))
      .toEqual({ v: 1, situations: ['pas'], bookings: [], profile: undefined, lang: 'da' });
  });

  it('restores answers in order with each booked time after the answer it was booked from', () => {
    const conversation = createConversation(knowledge, { index });
    restore(conversation, knowledge, { v: 1, situations: ['pas', 'flytning', 'findes-ikke'], profile: 'exempt', lang: 'en', bookings: [appointment] });
    expect(conversation.messages.value.map((m) => (m.kind === 'answer' ? m.situation.id : m.kind))).toEqual(['pas', 'confirmation', 'flytning']);
    expect(conversation.profile.value).toBe('exempt');
    expect(conversation.language.value).toBe('en');
    expect(conversation.bookings.value).toEqual([appointment]);
  });

  it('writes nothing until there is something to keep, and removes it on "Ny samtale"', () => {
    const { storage, data, writes } = memoryStorage();
    const conversation = createConversation(knowledge, { index });
    const stop = keepInSession(conversation, knowledge, storage);
    expect(writes()).toBe(0);
    conversation.choose('pas');
    expect(JSON.parse(data.get(storageKey)!).situations).toEqual(['pas']);
    conversation.reset();
    expect(data.has(storageKey)).toBe(false);
    stop();
    conversation.choose('flytning');
    expect(data.has(storageKey)).toBe(false);
  });

  it('picks up where the last page left off', () => {
    const { storage } = memoryStorage();
    const first = createConversation(knowledge, { index });
    keepInSession(first, knowledge, storage);
    first.choose('pas');
    first.setLanguage('en');
    const next = createConversation(knowledge, { index });
    keepInSession(next, knowledge, storage);
    expect(next.messages.value.map((m) => m.kind === 'answer' && m.situation.id)).toEqual(['pas']);
    expect(next.language.value).toBe('en');
  });
});
