/**
 * Continuity across pages: once the citizen has used the widget, the conversation
 * survives a move to another page of the same site in the same tab. Only what is safe to keep is
 * kept — the situations shown, the profile, the language and booked times — never the citizen's
 * own words. It lives in sessionStorage, which the browser empties when the tab closes; nothing is
 * written until there is something to keep, and "Ny samtale" removes it.
 */
import { effect } from '@preact/signals-core';
import type { CompiledKnowledge } from '../../../knowledge/compiler/compiled.ts';
import type { Appointment } from '../core/booking.ts';
import type { Lang } from '../core/phrases.ts';
import { profiles, type Profile } from '../core/route.ts';
import type { Conversation } from './conversation.ts';

/** The sessionStorage key; one conversation per tab and site, shared by every widget on the page. */
export const storageKey = 'vejviser';

/** What is kept: ids and choices only. */
export interface SavedConversation { v: 1; situations: string[]; profile?: Profile; lang: Lang; bookings: Appointment[] }

/** The conversation as it would be saved; undefined when there is nothing worth keeping. */
export function snapshot(conversation: Conversation): SavedConversation | undefined {
  const situations = conversation.messages.value.flatMap((message) => (message.kind === 'answer' ? [message.situation.id] : []));
  const bookings = conversation.bookings.value;
  if (situations.length === 0 && bookings.length === 0) return undefined;
  return { v: 1, situations, profile: conversation.profile.value, lang: conversation.language.value, bookings };
}

/** Reads saved data defensively: anything malformed (an old version, a hand edit) is ignored. */
export function parseSaved(text: string | null): SavedConversation | undefined {
  try {
    const data = JSON.parse(text ?? 'null') as SavedConversation | null;
    if (data?.v !== 1 || !Array.isArray(data.situations) || !Array.isArray(data.bookings)) return undefined;
    const strings = data.situations.filter((id): id is string => typeof id === 'string');
    const bookings = data.bookings.filter((booking) => typeof booking?.id === 'string' && typeof booking.start === 'string' && typeof booking.code === 'string');
    const profile = profiles.includes(data.profile as Profile) ? data.profile : undefined;
    return { v: 1, situations: strings, profile, lang: data.lang === 'en' ? 'en' : 'da', bookings };
  } catch {
    return undefined;
  }
}

/**
 * Puts saved data back into an empty conversation: the answers in order, each booked time right
 * after the answer it was booked from (or at the end), the profile and the language.
 */
export function restore(conversation: Conversation, knowledge: CompiledKnowledge, saved: SavedConversation): void {
  conversation.setLanguage(saved.lang);
  if (saved.profile) conversation.setProfile(saved.profile);
  const unplaced = [...saved.bookings];
  for (const id of saved.situations) {
    if (!knowledge.situations.some((situation) => situation.id === id)) continue; // the knowledge changed since
    conversation.show(id);
    const shown = conversation.messages.value[conversation.messages.value.length - 1];
    const services = shown.kind === 'answer' ? shown.route.steps.map((step) => step.service) : [];
    for (const booking of unplaced.filter((candidate) => services.includes(candidate.service))) {
      conversation.showBooking(booking);
      unplaced.splice(unplaced.indexOf(booking), 1);
    }
  }
  unplaced.forEach((booking) => conversation.showBooking(booking));
  saved.bookings.forEach((booking) => conversation.recordBooking(booking));
}

/**
 * Restores the tab's saved conversation (if any) and keeps saving it as it changes. Storage that is
 * unavailable or full is simply not used. Returns the function that stops saving.
 */
export function keepInSession(conversation: Conversation, knowledge: CompiledKnowledge, storage: Storage | undefined): () => void {
  if (!storage) return () => {};
  const saved = (() => {
    try {
      return parseSaved(storage.getItem(storageKey));
    } catch {
      return undefined;
    }
  })();
  if (saved && conversation.messages.value.length === 0) restore(conversation, knowledge, saved);
  return effect(() => {
    const current = snapshot(conversation);
    try {
      if (current) storage.setItem(storageKey, JSON.stringify(current));
      else storage.removeItem(storageKey);
    } catch {
      // Private browsing or a full quota: the conversation still works, it just won't follow the citizen.
    }
  });
}
