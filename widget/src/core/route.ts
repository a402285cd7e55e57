/**
 * The rules that turn a situation into an ordered route for one citizen.
 * Each rule is small and says why it fired; the first step's reason becomes `why`, which citizens
 * and Borgerservice staff read as "Hvorfor foreslår vi det?".
 *
 * - Emergency first: 112 and the municipality's emergency lines before anything else (urgent situations).
 * - Attendance required: booking first, with what to prepare digitally on that step.
 * - The KL can/will matrix by profile: `self` → self-service first with a gentle nudge ("når det
 *   passer dig"); `help` → assisted self-service (digital help, a booked time); `exempt` → the
 *   non-digital channels the situation has, and how to be exempted; `proxy` → digital fuldmagt where
 *   the self-service supports it, else the exemption route, and never another person's MitID.
 * - The cost ladder orders what follows, and a person is always reachable last (no dead ends).
 * - Sensitive situations: never e-mail, Digital Post instead.
 */
import type { CompiledKnowledge, CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { openingStatus } from './hours.ts';
import { phrasesFor, type Lang, type Phrases } from './phrases.ts';
import type { RiskNumber } from './risk.ts';

export type Profile = 'self' | 'help' | 'exempt' | 'proxy';
export type Channel = 'self-service' | 'information' | 'booking' | 'callback' | 'phone' | 'attendance'
  | 'paper' | 'digital-post' | 'assisted' | 'proxy' | 'emergency';
/** Codes never change meaning; `possible-danger` means the emergency numbers are shown above a normal answer. */
export type NoticeCode = 'cpr-removed' | 'never-borrow-mitid' | 'no-email' | 'emergency' | 'possible-danger' | 'exemption-possible' | 'closed-now';

/** The profiles, in the order the question offers them. */
export const profiles: Profile[] = ['self', 'help', 'exempt', 'proxy'];

/** One step of a route. */
export interface RouteStep {
  channel: Channel;
  label: string;
  /** The label's language: what editors wrote is Danish, what the rules compose follows the UI. */
  labelLang: Lang;
  /** A Danish name inside a composed label ("Pas" in "Book a time at Borgerservice: Pas"), to mark it lang="da". */
  danishName?: string;
  provider?: string;
  url?: string;
  service?: string;
  phone?: string;
  prepare?: string;
  /** For phone and attendance: open now or not … */
  open?: boolean;
  /** … and in words: "åbent i dag til 15", "lukket – åbner mandag kl. 9". */
  openText?: string;
}

/** The route for one situation and profile, with the reason for its first step. */
export interface Route {
  situation: string;
  profile: Profile;
  steps: RouteStep[];
  notices: NoticeCode[];
  why: string;
}

/** The cost ladder: cheapest first. Emergency is outside it and always first. */
const ladder: Channel[] = ['self-service', 'information', 'proxy', 'assisted', 'digital-post', 'callback', 'phone', 'paper', 'booking', 'attendance'];

/** The Digital Fuldmagt self-service on borger.dk (verified in the project's reference links). */
const digitalFuldmagtUrl = 'https://www.borger.dk/forberedelse/digital-fuldmagt-selvbetjeningen';

/** Builds steps from the municipality overlay: what exists in this municipality. */
function stepsFor(knowledge: CompiledKnowledge, at: Date, words: Phrases, lang: Lang) {
  const { borgerservice, bookingServices, emergency, digitalHelp, callbackTopics } = knowledge.municipality;
  const service = (id: string | undefined) => bookingServices.find((candidate) => candidate.id === id);
  return {
    emergency: (): RouteStep[] => emergency.map(emergencyStep),
    booking: (id: string | undefined, prepare?: string): RouteStep | undefined => {
      const found = service(id);
      return found && { channel: 'booking', label: words.book(found.name), labelLang: lang, danishName: found.name, service: found.id, prepare: prepare ?? found.prepare };
    },
    phone: (): RouteStep => {
      const status = openingStatus(borgerservice.phoneHours, at, borgerservice.exceptions, lang);
      return { channel: 'phone', label: words.call(borgerservice.name), labelLang: lang, phone: borgerservice.phone, open: status.open, openText: status.text };
    },
    attendance: (): RouteStep => {
      const status = openingStatus(borgerservice.openingHours, at, borgerservice.exceptions, lang);
      return { channel: 'attendance', label: words.visit(borgerservice.name, borgerservice.address), labelLang: lang, open: status.open, openText: status.text };
    },
    // A call-back about the situation's topic: one whose id is part of the situation's id
    // (pension → folkepension), otherwise "Andet".
    callback: (situation: CompiledSituation): RouteStep[] => {
      const topic = callbackTopics.find((candidate) => situation.id.includes(candidate.id)) ?? callbackTopics.find((candidate) => candidate.id === 'borgerservice');
      if (!topic || !(situation.callback || situation.alternatives.some((a) => a.channel === 'callback'))) return [];
      const own = situation.alternatives.find((a) => a.channel === 'callback');
      const label = own?.label ?? words.callback(topic.label);
      return [{ channel: 'callback', label, labelLang: own ? 'da' : lang, service: topic.id }];
    },
    assisted: (): RouteStep[] => {
      const booked = service('hjaelp-til-selvbetjening');
      const helpers = digitalHelp.filter((offer) => offer.name !== booked?.name).slice(0, 1)
        .map((offer): RouteStep => ({ channel: 'assisted', label: `${offer.name}: ${offer.where}`, labelLang: 'da', url: offer.url }));
      const bookedStep: RouteStep[] = booked
        ? [{ channel: 'assisted', label: words.bookHelp(booked.name), labelLang: lang, service: booked.id, prepare: booked.prepare }]
        : [];
      return [...bookedStep, ...helpers];
    },
  };
}

function selfServiceStep(situation: CompiledSituation): RouteStep {
  const { label, provider, url } = situation.selfService!;
  return { channel: 'self-service', label, labelLang: 'da', provider, url };
}

/**
 * The situation's own alternatives of the given channels, as steps. A phone or attendance
 * alternative gets Borgerservice's number or address and whether it is open, like any other.
 */
function alternativeSteps(situation: CompiledSituation, channels: Channel[], phone: RouteStep, attendance: RouteStep): RouteStep[] {
  return situation.alternatives
    .filter((alternative) => channels.includes(alternative.channel as Channel))
    .map((alternative): RouteStep => {
      const step: RouteStep = { channel: alternative.channel as Channel, label: alternative.label, labelLang: 'da', url: alternative.url };
      if (step.channel === 'phone') return { ...step, phone: phone.phone, open: phone.open, openText: phone.openText };
      if (step.channel === 'attendance') return { ...step, open: attendance.open, openText: attendance.openText };
      return step;
    });
}

/**
 * For a citizen who cannot use self-service: channels that can finish the errand (a paper form,
 * being helped through it at Borgerservice, a booked time) come before a call with questions.
 */
const offlinePreference: Channel[] = ['paper', 'assisted', 'booking', 'attendance', 'callback', 'phone'];

/** Orders steps by the cost ladder, keeping the first step where the rules put it; drops repeats. */
function arrange(first: RouteStep[], rest: RouteStep[]): RouteStep[] {
  const seen = new Set<string>();
  const unique = (step: RouteStep) => {
    // One phone step per number and one attendance step: the situation's own wording wins.
    const key = step.channel === 'phone' || step.channel === 'attendance'
      ? `${step.channel}|${step.phone ?? ''}`
      : `${step.channel}|${step.service ?? ''}|${step.url ?? ''}|${step.url || step.service ? '' : step.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const ordered = [...rest].sort((a, b) => ladder.indexOf(a.channel) - ladder.indexOf(b.channel));
  return [...first, ...ordered].filter(unique);
}

/** Builds the route. `at` is the clock used for open/closed; `lang` the language of composed text. */
export function routeFor(knowledge: CompiledKnowledge, situation: CompiledSituation, profile: Profile, at: Date, lang: Lang = 'da'): Route {
  const words = phrasesFor(lang);
  const make = stepsFor(knowledge, at, words, lang);
  const where = (provider?: string) => (provider === 'lokal' ? words.ownSite : provider ?? '');
  const notices: NoticeCode[] = [];
  const attendance = situation.attendance;
  const booking = make.booking(attendance?.booking, attendance?.prepare);
  const self = situation.selfService ? selfServiceStep(situation) : undefined;
  const phone = make.phone();
  const visit = make.attendance();
  const alternatives = (channels: Channel[]) => alternativeSteps(situation, channels, phone, visit);
  const human = [...alternatives(['phone', 'attendance', 'paper']), ...make.callback(situation), phone];
  let first: RouteStep[];
  let rest: RouteStep[];
  let why: string;

  if (attendance?.required && booking) {
    // Passport, driving licence …: a person is needed whatever the profile; prepare online first.
    first = [booking];
    rest = [...(self ? [{ ...self, channel: 'information' as Channel }] : []), ...human];
    why = words.why.attendance;
    if (profile === 'help') rest.unshift(...make.assisted());
    if (profile === 'proxy') notices.push('never-borrow-mitid');
  } else if (profile === 'self' && self) {
    first = [self];
    rest = human;
    why = words.why.self(where(self.provider));
  } else if (profile === 'help' && self) {
    first = make.assisted();
    rest = [self, ...human];
    why = words.why.help;
  } else if (profile === 'proxy' && self?.url && situation.selfService?.fuldmagt) {
    first = [{ channel: 'proxy', label: words.proxy, labelLang: lang, provider: 'borger.dk', url: digitalFuldmagtUrl }];
    rest = [self, ...human];
    why = words.why.proxy;
    notices.push('never-borrow-mitid');
  } else if ((profile === 'exempt' || profile === 'proxy') && (self || booking)) {
    // No digital self-service for this citizen: the non-digital ways, cheapest first, and how to be exempted.
    // Someone acting for the citizen first uses what the situation offers a proxy (e.g. read access).
    const preference: Channel[] = profile === 'proxy' ? ['proxy', ...offlinePreference] : offlinePreference;
    const offline = [...alternatives(preference.filter((channel) => channel !== 'callback')), ...make.callback(situation), ...(booking ? [booking] : [])]
      .sort((a, b) => preference.indexOf(a.channel) - preference.indexOf(b.channel));
    first = [offline[0] ?? visit];
    rest = [...offline, ...alternatives(['proxy']), phone, visit];
    why = profile === 'proxy' ? words.why.proxyOffline : words.why.exempt;
    notices.push(profile === 'proxy' ? 'never-borrow-mitid' : 'exemption-possible');
    if (profile === 'proxy') notices.push('exemption-possible');
  } else if (booking) {
    first = [booking];
    rest = [...(self ? [self] : []), ...human];
    why = words.why.booking;
  } else if (self) {
    first = [self];
    rest = human;
    why = words.why.selfOnly(where(self.provider));
  } else {
    first = [phone];
    rest = [...alternatives(['attendance', 'paper', 'digital-post']), ...make.callback(situation)];
    why = words.why.phone;
  }

  if (situation.sensitive) {
    notices.push('no-email');
    rest.push({ channel: 'digital-post', label: words.digitalPost, labelLang: lang });
  }
  if (profile === 'proxy' && !notices.includes('never-borrow-mitid')) notices.push('never-borrow-mitid');

  let steps = arrange(first, rest);
  // Urgent situations (a child at risk, acute danger) put the emergency numbers before everything.
  if (situation.urgent) {
    steps = [...make.emergency(), ...steps];
    notices.unshift('emergency');
    why = words.why.urgent;
  }
  const firstPerson = steps.find((step) => step.channel === 'phone' || step.channel === 'attendance');
  if (firstPerson === steps[0] && firstPerson.open === false) notices.push('closed-now');
  return { situation: situation.id, profile, steps, notices, why };
}

/**
 * The route when someone may be in danger: the numbers for that kind of danger (112 first), then a
 * person at Borgerservice, so the normal phone number is never hidden. Without numbers from the
 * risk detector, the municipality's emergency list is used.
 */
export function emergencyRoute(knowledge: CompiledKnowledge, profile: Profile, at: Date, lang: Lang = 'da', numbers?: RiskNumber[]): Route {
  const words = phrasesFor(lang);
  const make = stepsFor(knowledge, at, words, lang);
  const steps = numbers?.length ? numbers.map(emergencyStep) : make.emergency();
  return {
    situation: 'akut-hjaelp',
    profile,
    steps: [...steps, make.phone()],
    notices: ['emergency'],
    why: words.why.emergency,
  };
}

/** A number to call as a route step; the editors' text is Danish. */
function emergencyStep({ label, phone, when }: { label: string; phone: string; when: string }): RouteStep {
  return { channel: 'emergency', label: `${label}: ${when}`, labelLang: 'da', phone };
}

/** Whether the profile changes the first step for this situation: only then is the question worth asking. */
export function profileMatters(knowledge: CompiledKnowledge, situation: CompiledSituation, at: Date): boolean {
  const firsts = profiles.map((profile) => {
    const step = routeFor(knowledge, situation, profile, at).steps[0];
    return `${step.channel}|${step.url ?? ''}|${step.service ?? ''}`;
  });
  return new Set(firsts).size > 1;
}
