/**
 * The triage scenario table: situation × profile × time → what the citizen is offered
 * first, pinned so a change to a rule or to the knowledge that breaks the channel strategy fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import type { Channel, NoticeCode, Profile } from '../../widget/src/core/route.ts';
import { buildIndex, type SearchIndex } from '../../widget/src/core/search.ts';
import { triage } from '../../widget/src/core/triage.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

const monday = '2026-11-23T10:00:00+01:00';
const sundayEvening = '2026-11-22T20:00:00+01:00';
const christmasEve = '2026-12-24T10:00:00+01:00';
const fridayAfternoon = '2026-11-27T14:00:00+01:00';

interface Expected {
  status?: 'answer' | 'emergency';
  situation?: string;
  first?: Channel;
  notFirst?: Channel;
  firstProvider?: string;
  firstService?: string;
  firstPrepares?: boolean;
  firstOpenText?: string;
  includes?: Channel[];
  notices?: NoticeCode[];
  noNotices?: NoticeCode[];
}

const scenarios: [string, Profile, string, Expected][] = [
  // Attendance required: booking first whatever the profile, with what to prepare.
  ['forny pas', 'self', monday, { situation: 'pas', first: 'booking', firstService: 'pas', firstPrepares: true }],
  ['forny pas', 'help', monday, { situation: 'pas', first: 'booking', firstService: 'pas', includes: ['assisted'] }],
  ['forny pas', 'exempt', monday, { situation: 'pas', first: 'booking', firstService: 'pas' }],
  ['forny pas', 'proxy', monday, { situation: 'pas', first: 'booking', notices: ['never-borrow-mitid'] }],
  ['mit kørekort udløber', 'self', monday, { situation: 'koerekort', first: 'booking', firstService: 'koerekort', firstPrepares: true }],
  ['mit kørekort udløber', 'exempt', monday, { situation: 'koerekort', first: 'booking' }],
  // Moving: the can/will matrix.
  ['jeg skal flytte', 'self', monday, { situation: 'flytning', first: 'self-service', firstProvider: 'borger.dk', noNotices: ['never-borrow-mitid'] }],
  ['jeg skal flytte', 'help', monday, { situation: 'flytning', first: 'assisted', includes: ['self-service'] }],
  ['jeg skal flytte', 'exempt', monday, { situation: 'flytning', notFirst: 'self-service', notices: ['exemption-possible'] }],
  ['jeg skal flytte', 'proxy', monday, { situation: 'flytning', first: 'proxy', firstProvider: 'borger.dk', notices: ['never-borrow-mitid'] }],
  // Digital Post and exemption.
  ['digital post', 'self', monday, { situation: 'digital-post', first: 'self-service' }],
  ['digital post', 'proxy', monday, { situation: 'digital-post', includes: ['proxy'], notices: ['never-borrow-mitid'] }],
  ['digital post', 'exempt', monday, { situation: 'digital-post', notFirst: 'self-service', notices: ['exemption-possible'] }],
  ['fritaget for digital post', 'self', monday, { situation: 'fritagelse-digital-post', first: 'booking', firstService: 'fritagelse-digital-post' }],
  ['fritaget for digital post', 'proxy', monday, { situation: 'fritagelse-digital-post', notices: ['never-borrow-mitid'] }],
  ['mitid', 'self', monday, { situation: 'mitid', first: 'self-service' }],
  ['mitid', 'exempt', monday, { situation: 'mitid', notFirst: 'self-service' }],
  ['mitid', 'help', monday, { situation: 'mitid', first: 'assisted' }],
  // Sensitive: never e-mail.
  ['sygedagpenge', 'self', monday, { situation: 'sygedagpenge', notices: ['no-email'], includes: ['digital-post'] }],
  ['kontanthjælp', 'self', monday, { situation: 'kontanthjaelp', notices: ['no-email'] }],
  ['skilsmisse', 'self', monday, { situation: 'skilsmisse', notices: ['no-email'] }],
  ['adressebeskyttelse', 'self', monday, { situation: 'adressebeskyttelse', notices: ['no-email'] }],
  ['hjemmehjælp', 'self', monday, { situation: 'hjemmehjaelp', first: 'self-service', firstProvider: 'lokal', notices: ['no-email'] }],
  ['jeg skal flytte', 'self', monday, { noNotices: ['no-email'] }],
  // Emergency first.
  ['vold i hjemmet', 'self', monday, { status: 'emergency', first: 'emergency', notices: ['emergency'] }],
  ['jeg vil tage mit eget liv', 'self', monday, { status: 'emergency', first: 'emergency' }],
  ['min kæreste slår mig', 'exempt', sundayEvening, { status: 'emergency', first: 'emergency' }],
  ['jeg er bekymret for et barn', 'self', monday, { situation: 'bekymring-for-barn', first: 'emergency', notices: ['emergency'], includes: ['self-service'] }],
  ['akut hjælp', 'self', monday, { situation: 'akut-hjaelp', first: 'emergency' }],
  // Businesses and associations: virk.dk and local services.
  ['starte virksomhed', 'self', monday, { situation: 'start-virksomhed', first: 'self-service', firstProvider: 'virk.dk' }],
  ['min virksomhed skal have digital post', 'self', monday, { situation: 'virksomhed-digital-post', first: 'self-service', firstProvider: 'virk.dk' }],
  ['jeg har et firma og skal af med affald', 'self', monday, { situation: 'erhvervsaffald', first: 'self-service', firstProvider: 'lokal' }],
  ['refusion af sygedagpenge', 'self', monday, { situation: 'sygedagpenge-refusion', first: 'self-service', firstProvider: 'virk.dk' }],
  ['vi er en forening og mangler et lokale', 'self', monday, { situation: 'lokaler', first: 'self-service', firstProvider: 'lokal' }],
  // Local self-service.
  ['vuggestue', 'self', monday, { situation: 'pasning', first: 'self-service', firstProvider: 'lokal' }],
  ['vuggestue', 'exempt', monday, { situation: 'pasning', notFirst: 'self-service' }],
  ['rotter i haven', 'self', monday, { situation: 'rotter', first: 'self-service', firstProvider: 'lokal' }],
  ['boligstøtte', 'proxy', monday, { situation: 'boligstoette', first: 'proxy', notices: ['never-borrow-mitid'] }],
  ['folkepension', 'help', monday, { situation: 'folkepension', first: 'assisted' }],
  // Honest about time, holidays included.
  ['åbningstider', 'self', sundayEvening, { situation: 'kontakt-borgerservice', first: 'phone', firstOpenText: 'lukket – åbner i morgen kl. 9', notices: ['closed-now'] }],
  ['åbningstider', 'self', monday, { situation: 'kontakt-borgerservice', first: 'phone', firstOpenText: 'åbent i dag til 15', noNotices: ['closed-now'] }],
  ['åbningstider', 'self', christmasEve, { situation: 'kontakt-borgerservice', first: 'phone', firstOpenText: 'lukket – åbner mandag kl. 9' }],
  ['åbningstider', 'self', fridayAfternoon, { situation: 'kontakt-borgerservice', first: 'phone', firstOpenText: 'lukket – åbner mandag kl. 9' }],
];

let knowledge: CompiledKnowledge;
let index: SearchIndex;
beforeAll(async () => {
  knowledge = await realKnowledge();
  index = buildIndex(knowledge.situations);
});

describe('triage scenarios', () => {
  it('has at least 40 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });

  it.each(scenarios)('"%s" as %s at %s', (query, profile, at, expected) => {
    const result = triage(knowledge, index, query, { profile, at: new Date(at) });
    expect(result.status).toBe(expected.status ?? 'answer');
    if (expected.situation) expect(result.results[0]?.id).toBe(expected.situation);
    const route = result.route!;
    expect(route.profile).toBe(profile);
    expect(route.why.length).toBeGreaterThan(10);
    const [first] = route.steps;
    if (expected.first) expect(first.channel).toBe(expected.first);
    if (expected.notFirst) expect(first.channel).not.toBe(expected.notFirst);
    if (expected.firstProvider) expect(first.provider).toBe(expected.firstProvider);
    if (expected.firstService) expect(first.service).toBe(expected.firstService);
    if (expected.firstPrepares) expect(first.prepare).toBeTruthy();
    if (expected.firstOpenText) expect(first.openText).toBe(expected.firstOpenText);
    for (const channel of expected.includes ?? []) expect(route.steps.map((s) => s.channel)).toContain(channel);
    for (const notice of expected.notices ?? []) expect(route.notices).toContain(notice);
    for (const notice of expected.noNotices ?? []) expect(route.notices).not.toContain(notice);
    // No dead ends: every route reaches a person, and every link is https.
    expect(route.steps.some((s) => s.phone)).toBe(true);
    for (const step of route.steps) if (step.url) expect(step.url).toMatch(/^https:\/\//);
  });
});
