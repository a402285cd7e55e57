/**
 * The conversation as state: the transcript the panel shows, and the actions that add to it.
 * No DOM and no Preact, so it is tested in node; the UI only reads `messages` and calls actions.
 */
import { signal, type Signal } from '@preact/signals-core';
import type { CompiledKnowledge, CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import type { Appointment } from '../core/booking.ts';
import type { Lang } from '../core/phrases.ts';
import type { RiskNumber } from '../core/risk.ts';
import { emergencyRoute, routeFor, type Profile, type Route } from '../core/route.ts';
import { buildIndex, weakCandidates, type SearchIndex } from '../core/search.ts';
import { triage } from '../core/triage.ts';

/** What the citizen said, after CPR scrubbing. */
export interface QuestionMessage { id: number; kind: 'question'; text: string }
/** A confident answer with its route. */
export interface AnswerMessage { id: number; kind: 'answer'; situation: CompiledSituation; route: Route }
/** "Mente du …?" with the close candidates. */
export interface ClarifyMessage { id: number; kind: 'clarify'; options: CompiledSituation[] }
/** No relevant situation: the query for the site-search link, and weak candidates to offer. */
export interface NoneMessage { id: number; kind: 'none'; query: string; candidates: CompiledSituation[] }
/**
 * Someone may be in danger: the numbers to call. Tier 1 (clear danger) stands alone; tier 2
 * (possible danger) comes just above the normal answer.
 */
export interface EmergencyMessage { id: number; kind: 'emergency'; tier: 1 | 2; route: Route; numbers: RiskNumber[] }
/** A notice: a CPR number was removed from the input, or a link named no known situation. */
export interface NoticeMessage { id: number; kind: 'notice'; code: 'cpr-removed' | 'link-not-found' }
/** A booked time brought back from an earlier page (the live booking screen shows its own). */
export interface ConfirmationMessage { id: number; kind: 'confirmation'; appointment: Appointment }

export type Message = QuestionMessage | AnswerMessage | ClarifyMessage | NoneMessage | NoticeMessage | EmergencyMessage | ConfirmationMessage;

/** A message before it gets its id (Omit distributed over the union). */
type Draft = Message extends infer M ? (M extends Message ? Omit<M, 'id'> : never) : never;

/** Conversation state and actions. */
export interface Conversation {
  messages: Signal<Message[]>;
  /** The search index, shared with the type-ahead. */
  index: SearchIndex;
  /** Triage the citizen's words and append the outcome. */
  ask(text: string): void;
  /** The citizen picked a situation (a chip or a "Mente du" option). */
  choose(id: string): void;
  /** Start over: "Ny samtale". */
  reset(): void;
  /** What the citizen answered to "Kan du selv bruge MitID og selvbetjening?"; undefined until asked. */
  profile: Signal<Profile | undefined>;
  /** Remembers the answer for the conversation and re-routes every answer shown. */
  setProfile(profile: Profile): void;
  /**
   * The citizen's own words that set the profile ("min mor", "kan ikke bruge computer"), shown
   * beside it so they can see what was understood and change it; cleared when they choose.
   */
  understood: Signal<string[] | undefined>;
  /** The interface language; routes are composed in it. */
  language: Signal<Lang>;
  /** Switches language and re-words every route shown (the situations' own text stays as written). */
  setLanguage(lang: Lang): void;
  /**
   * Shows a situation's answer without a question (a deep link, a restored conversation), with the
   * profile if given; an unknown id adds a short notice instead. Returns whether it was known.
   */
  show(id: string, profile?: Profile): boolean;
  /** Times booked in this conversation, kept so they survive a move to another page. */
  bookings: Signal<Appointment[]>;
  /** Remembers a booked time. */
  recordBooking(appointment: Appointment): void;
  /** Forgets a cancelled time. */
  forgetBooking(id: string): void;
  /** Appends a booked time as a message of its own (when restoring). */
  showBooking(appointment: Appointment): void;
}

/** Options: the profile, the clock (tests and counter demos fix them), and an index to reuse. */
export interface ConversationOptions { profile?: Profile; now?: () => Date; lang?: Lang; index?: SearchIndex }

/** Creates a conversation over compiled knowledge. */
export function createConversation(knowledge: CompiledKnowledge, options: ConversationOptions = {}): Conversation {
  const index: SearchIndex = options.index ?? buildIndex(knowledge.situations);
  const bookings = signal<Appointment[]>([]);
  const now = options.now ?? (() => new Date());
  const profile = signal<Profile | undefined>(options.profile);
  const understood = signal<string[] | undefined>(undefined);
  const messages = signal<Message[]>([]);
  const language = signal<Lang>(options.lang ?? 'da');
  // Until the citizen says otherwise, "dem der kan, skal": the self-service route.
  const currentProfile = () => profile.value ?? 'self';
  let nextId = 1;

  const append = (...added: Draft[]) => {
    messages.value = [...messages.value, ...added.map((message) => ({ ...message, id: nextId++ }) as Message)];
  };
  const answer = (situation: CompiledSituation): Omit<AnswerMessage, 'id'> =>
    ({ kind: 'answer', situation, route: routeFor(knowledge, situation, currentProfile(), now(), language.value) });
  // Every route shown follows the current profile and language; the rest of the history stays as it was.
  const reroute = () => {
    const lang = language.value;
    messages.value = messages.value.map((message) => {
      if (message.kind === 'answer') return { ...message, route: routeFor(knowledge, message.situation, currentProfile(), now(), lang) };
      if (message.kind === 'emergency') return { ...message, route: emergencyRoute(knowledge, currentProfile(), now(), lang, message.numbers) };
      return message;
    });
  };
  const byId = (id: string) => knowledge.situations.find((situation) => situation.id === id);

  return {
    messages,
    index,
    ask(text) {
      if (!text.trim()) return;
      // Until the citizen has answered the profile question, what they tell about themselves sets it.
      const result = triage(knowledge, index, text, { profile: profile.value, at: now(), lang: language.value });
      if (result.understood && !profile.value) {
        profile.value = result.understood.profile;
        understood.value = result.understood.cues;
      }
      const added: Draft[] = [];
      if (result.query) added.push({ kind: 'question', text: result.query });
      if (result.notices.includes('cpr-removed')) added.push({ kind: 'notice', code: 'cpr-removed' });
      const situations = result.results.map((hit) => byId(hit.id)!);
      const risk = result.risk;
      if (result.status === 'emergency') {
        added.push({ kind: 'emergency', tier: 1, route: result.route!, numbers: risk?.numbers ?? [] });
        append(...added);
        return;
      }
      if (risk?.tier === 2) {
        added.push({ kind: 'emergency', tier: 2, route: emergencyRoute(knowledge, currentProfile(), now(), language.value, risk.numbers), numbers: risk.numbers });
      }
      if (result.status === 'answer') added.push(answer(situations[0]));
      else if (result.status === 'clarify') added.push({ kind: 'clarify', options: situations });
      else if (result.query) added.push({ kind: 'none', query: result.query, candidates: weakCandidates(index, result.query).map((hit) => hit.situation) });
      append(...added);
    },
    choose(id) {
      const situation = byId(id);
      if (!situation) return;
      // What the citizen "said" by choosing, in the language they are reading.
      const title = language.value === 'en' && situation.en ? situation.en.title : situation.title;
      append({ kind: 'question', text: title }, answer(situation));
    },
    reset() {
      messages.value = [];
      profile.value = undefined;
      understood.value = undefined;
      bookings.value = [];
    },
    profile,
    understood,
    setProfile(chosen) {
      profile.value = chosen;
      understood.value = undefined;
      reroute();
    },
    language,
    setLanguage(lang) {
      language.value = lang;
      reroute();
    },
    show(id, chosenProfile) {
      if (chosenProfile) profile.value = chosenProfile;
      const situation = byId(id);
      if (situation) append(answer(situation));
      else append({ kind: 'notice', code: 'link-not-found' });
      if (chosenProfile) reroute();
      return !!situation;
    },
    bookings,
    recordBooking(appointment) {
      bookings.value = [...bookings.value.filter((known) => known.id !== appointment.id), appointment];
    },
    forgetBooking(id) {
      bookings.value = bookings.value.filter((known) => known.id !== id);
      messages.value = messages.value.filter((message) => message.kind !== 'confirmation' || message.appointment.id !== id);
    },
    showBooking(appointment) {
      append({ kind: 'confirmation', appointment });
    },
  };
}
