/**
 * Chooses the ordered channel steps for a situation (DESIGN §5). For now the rules cover the
 * `self` profile: the cheapest sufficient channel first, a person always reachable last.
 */
import type { CompiledKnowledge, CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { isOpen } from './hours.ts';

export type Profile = 'self' | 'help' | 'exempt' | 'proxy';
export type Channel = 'self-service' | 'information' | 'booking' | 'callback' | 'phone' | 'attendance'
  | 'paper' | 'digital-post' | 'assisted' | 'proxy' | 'emergency';
export type NoticeCode = 'cpr-removed' | 'never-borrow-mitid' | 'no-email' | 'emergency' | 'exemption-possible' | 'closed-now';

/** One step of a route. */
export interface RouteStep {
  channel: Channel;
  label: string;
  provider?: string;
  url?: string;
  service?: string;
  phone?: string;
  prepare?: string;
  open?: boolean;
}

/** The route for one situation and profile, with the reason for its first step. */
export interface Route {
  situation: string;
  profile: Profile;
  steps: RouteStep[];
  notices: NoticeCode[];
  why: string;
}

/** Builds the route. `at` is the clock used for open/closed. */
export function routeFor(knowledge: CompiledKnowledge, situation: CompiledSituation, profile: Profile, at: Date): Route {
  const { borgerservice, bookingServices } = knowledge.municipality;
  const steps: RouteStep[] = [];
  const notices: NoticeCode[] = [];
  let why: string;

  const attendance = situation.attendance;
  const booking = attendance?.booking ? bookingServices.find((service) => service.id === attendance.booking) : undefined;
  if (attendance?.required && booking) {
    steps.push({
      channel: 'booking',
      label: `Bestil tid i Borgerservice: ${booking.name}`,
      service: booking.id,
      prepare: attendance.prepare ?? booking.prepare,
    });
    why = 'Du skal møde personligt op, så det første skridt er at bestille en tid.';
    if (situation.selfService) steps.push(selfServiceStep(situation));
  } else if (situation.selfService) {
    steps.push(selfServiceStep(situation));
    why = `Du kan klare det selv på ${situation.selfService.provider}, når det passer dig.`;
  } else if (booking) {
    steps.push({ channel: 'booking', label: `Bestil tid i Borgerservice: ${booking.name}`, service: booking.id, prepare: attendance?.prepare ?? booking.prepare });
    why = 'Det her klares sammen med en medarbejder, så det første skridt er at bestille en tid.';
  } else {
    why = 'Det her klares bedst ved at tale med Borgerservice.';
  }

  // Urgent situations (a child at risk, acute danger) put the emergency numbers before everything.
  if (situation.urgent) {
    steps.unshift(...emergencySteps(knowledge));
    notices.push('emergency');
    why = 'Er nogen i fare lige nu, så ring 112. Ellers er det første skridt det, der står herunder.';
  }

  const phoneOpen = isOpen(borgerservice.phoneHours, at, borgerservice.exceptions);
  steps.push({ channel: 'phone', label: `Ring til ${borgerservice.name}`, phone: borgerservice.phone, open: phoneOpen });
  if (!phoneOpen && steps.length === 1) notices.push('closed-now');
  if (situation.sensitive) notices.push('no-email');

  return { situation: situation.id, profile, steps, notices, why };
}

/** The municipality's emergency numbers as steps, in the order its editors gave them (112 first). */
function emergencySteps(knowledge: CompiledKnowledge): RouteStep[] {
  return knowledge.municipality.emergency.map(({ label, phone, when }) => ({
    channel: 'emergency',
    label: `${label}: ${when}`,
    phone,
  }));
}

/** The route when someone may be in danger: the emergency numbers, then a person at Borgerservice. */
export function emergencyRoute(knowledge: CompiledKnowledge, profile: Profile, at: Date, situation = 'akut-hjaelp'): Route {
  const { borgerservice } = knowledge.municipality;
  const steps = emergencySteps(knowledge);
  steps.push({ channel: 'phone', label: `Ring til ${borgerservice.name}`, phone: borgerservice.phone, open: isOpen(borgerservice.phoneHours, at, borgerservice.exceptions) });
  return { situation, profile, steps, notices: ['emergency'], why: 'Det, du skriver, kan betyde, at nogen er i fare. Sikkerhed kommer før alt andet.' };
}

function selfServiceStep(situation: CompiledSituation): RouteStep {
  const { label, provider, url } = situation.selfService!;
  return { channel: 'self-service', label, provider, url };
}
