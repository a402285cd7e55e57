/**
 * What citizens tell about themselves sets the profile, never the situation: the cues on their own,
 * and twelve sentences through triage with the real knowledge, each pinned by situation, profile
 * and the route's first step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { readCues } from '../../widget/src/core/cues.ts';
import { buildIndex, type SearchIndex } from '../../widget/src/core/search.ts';
import { triage } from '../../widget/src/core/triage.ts';
import { createConversation } from '../../widget/src/model/conversation.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

describe('reading the cues', () => {
  it('reads what the citizen lacks or cannot do as their own profile', () => {
    expect(readCues('jeg har ikke MitID og skal have nyt sundhedskort')).toEqual({ profile: 'help', cues: ['har ikke MitID'], rest: 'jeg og skal have nyt sundhedskort' });
    expect(readCues('Jeg er ordblind').profile).toBe('help');
    expect(readCues('jeg kan ikke bruge computeren').profile).toBe('exempt');
    expect(readCues('jeg er fritaget for digital post').profile).toBe('exempt');
    expect(readCues("I don't have MitID").profile).toBe('help');
  });

  it('reads the same said about a parent, a spouse or a neighbour, or "på vegne af", as helping someone else', () => {
    expect(readCues('min mor kan ikke bruge computer og skal flytte')).toEqual({ profile: 'proxy', cues: ['kan ikke bruge computer', 'min mor'], rest: 'og skal flytte' });
    expect(readCues('min svigerfar har ikke mitid').profile).toBe('proxy');
    expect(readCues('jeg søger boligstøtte på vegne af min nabo').profile).toBe('proxy');
    expect(readCues('hjaelper min far med hjemmehjælp').profile).toBe('proxy');
    expect(readCues('my mother cannot use a computer').profile).toBe('proxy');
  });

  it('reads nothing from a relative alone, a child, or the words of a situation', () => {
    expect(readCues('min mor og jeg skal flytte').profile).toBeUndefined();
    expect(readCues('min søn skal starte i skole').profile).toBeUndefined();
    expect(readCues('fritaget for digital post').profile).toBeUndefined();
    expect(readCues('mormor').profile).toBeUndefined();
  });
});

describe('triage with the cues (real knowledge)', () => {
  let knowledge: CompiledKnowledge;
  let index: SearchIndex;
  const at = new Date('2026-11-23T10:00:00+01:00');
  beforeAll(async () => {
    knowledge = await realKnowledge();
    index = buildIndex(knowledge.situations);
  });

  it.each([
    ['min mor kan ikke bruge computer og skal flytte', 'flytning', 'proxy'],
    ['jeg har ikke MitID og skal have nyt sundhedskort', 'sundhedskort', 'help'],
    ['min far har ikke MitID og skal søge folkepension', 'folkepension', 'proxy'],
    ['jeg er blind og skal have nyt pas', 'pas', 'help'],
    ['jeg kan ikke bruge computer, hvordan søger jeg boligstøtte', 'boligstoette', 'exempt'],
    ['min svigermor kan ikke bruge nettet og har brug for hjemmehjælp', 'hjemmehjaelp', 'proxy'],
    ['jeg søger om plejebolig på vegne af min far', 'plejebolig', 'proxy'],
    ['jeg er fritaget for digital post, hvordan skifter jeg læge', 'skift-laege', 'exempt'],
    ["I don't have MitID and I need a new health card", 'sundhedskort', 'help'],
    ['my father cannot use a computer and needs to change doctor', 'skift-laege', 'proxy'],
    ['jeg har ikke noget MitID, hvordan melder jeg flytning', 'flytning', 'help'],
    ['har ikke MitID', 'mitid', 'help'],
  ])('"%s" → %s, routed as %s, never starting with MitID self-service for itself', (text, situation, profile) => {
    const result = triage(knowledge, index, text, { at });
    expect(result.results[0]?.id).toBe(situation);
    expect(result.understood?.profile).toBe(profile);
    expect(result.route?.profile).toBe(profile);
    const first = result.route!.steps[0];
    if (profile !== 'proxy') expect(first.channel).not.toBe('self-service');
  });

  it('leaves a profile the citizen chose alone, and says nothing was understood', () => {
    const result = triage(knowledge, index, 'min mor kan ikke bruge computer og skal flytte', { at, profile: 'self' });
    expect(result.understood).toBeUndefined();
    expect(result.route?.profile).toBe('self');
  });

  it('sets the conversation\'s profile once, shows the words that did it, and lets the citizen\'s choice win', () => {
    const conversation = createConversation(knowledge, { now: () => at, index });
    conversation.ask('min mor kan ikke bruge computer og skal flytte');
    expect(conversation.profile.value).toBe('proxy');
    expect(conversation.understood.value).toEqual(['kan ikke bruge computer', 'min mor']);
    conversation.setProfile('self');
    expect(conversation.understood.value).toBeUndefined();
    conversation.ask('jeg har ikke MitID og skal have nyt sundhedskort');
    expect(conversation.profile.value).toBe('self');
  });
});
