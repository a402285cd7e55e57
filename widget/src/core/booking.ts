/**
 * The booking API's shapes and how the widget reads them. Responses are checked by hand
 * rather than with zod: the parsing is small, and zod would not fit the widget's size budget.
 */

import { scrubCpr } from './cpr.ts';
import type { Lang } from './phrases.ts';

/** A bookable time. ISO 8601 with the Copenhagen offset. */
export interface Slot { start: string; end: string }

/** A confirmed appointment. */
export interface Appointment { id: string; code: string; service: string; start: string; end: string; location: string }

/** A call-back window. */
export interface CallbackWindow { id: string; label: string; start: string; end: string }

/** What the citizen types in the booking form. Kept across failures, never sent with a CPR number. */
export interface BookingForm { name: string; phone: string; email: string; note: string }

const isString = (value: unknown): value is string => typeof value === 'string';

/** Lists may come bare or wrapped ({slots: [...]}); anything else is not the API. */
function list(data: unknown, key: string): unknown[] {
  if (Array.isArray(data)) return data;
  const wrapped = (data as Record<string, unknown> | null)?.[key];
  if (Array.isArray(wrapped)) return wrapped;
  throw new TypeError(`expected a list of ${key}`);
}

/** Reads the slot list, dropping anything malformed. */
export function parseSlots(data: unknown): Slot[] {
  return list(data, 'slots').filter((slot): slot is Slot => isString((slot as Slot)?.start) && isString((slot as Slot)?.end));
}

/** Reads the call-back windows. */
export function parseWindows(data: unknown): CallbackWindow[] {
  return list(data, 'windows').filter((w): w is CallbackWindow => isString((w as CallbackWindow)?.id) && isString((w as CallbackWindow)?.label));
}

/** Reads a created appointment; throws if it is not one. */
export function parseAppointment(data: unknown): Appointment {
  const value = data as Appointment;
  if (![value?.id, value?.code, value?.start, value?.end].every(isString)) throw new TypeError('not an appointment');
  return { id: value.id, code: value.code, service: String(value.service), start: value.start, end: value.end, location: String(value.location ?? '') };
}

/** Where an appointment's calendar file is served: the code proves it is the citizen's own. */
export function icsUrl(apiRoot: string, appointment: Appointment): string {
  return `${apiRoot}/booking/appointments/${encodeURIComponent(appointment.id)}.ics?code=${encodeURIComponent(appointment.code)}`;
}

/** A Danish phone number: 8 digits, spaces allowed, optionally +45 or 0045 first. */
export function isDanishPhone(text: string): boolean {
  return /^(\+45|0045)?\d{8}$/.test(text.replace(/\s/g, ''));
}

/** What the form checks say, per language: each message says what to write instead. */
export const formMessages = {
  da: {
    name: 'Skriv dit navn.',
    contact: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan kontakte dig.',
    phone: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.',
    email: 'Skriv en e-mailadresse som navn@eksempel.dk.',
    emailCpr: 'Det ligner et CPR-nummer. Skriv din e-mailadresse her – dit CPR-nummer skal du ikke oplyse.',
    invisible: 'Teksten indeholder usynlige tegn. Skriv den igen i stedet for at kopiere den ind.',
    window: 'Vælg, hvornår vi må ringe.',
  },
  en: {
    name: 'Write your name.',
    contact: 'Write a phone number or an e-mail address, so we can contact you.',
    phone: 'Write a Danish phone number with 8 digits, e.g. 12 34 56 78.',
    email: 'Write an e-mail address like name@example.dk.',
    emailCpr: 'That looks like a CPR number. Write your e-mail address here – we never need your CPR number.',
    invisible: 'The text contains invisible characters. Type it again instead of pasting it.',
    window: 'Choose when we may call you.',
  },
};

/**
 * Control and format characters (U+202E turns text around, U+200B hides inside words) have no place
 * in a name or a note and would mislead the staff member who reads them. A note may keep line
 * breaks and tabs. The widget and the booking service both check with this, so they agree.
 */
export function hasInvisibleCharacters(text: string, { lineBreaksAllowed = false } = {}): boolean {
  return (lineBreaksAllowed ? /(?![\n\r\t])[\p{Cc}\p{Cf}]/u : /[\p{Cc}\p{Cf}]/u).test(text);
}

/** Checks the form; returns a message per field in `lang`, empty when it can be sent. */
export function validateForm(form: BookingForm, lang: Lang = 'da'): Partial<Record<keyof BookingForm, string>> {
  const say = formMessages[lang];
  const errors: Partial<Record<keyof BookingForm, string>> = {};
  if (form.name.trim().length < 2) errors.name = say.name;
  // The service refuses these too; saying so here keeps the message in the citizen's language.
  if (hasInvisibleCharacters(form.name)) errors.name = say.invisible;
  if (hasInvisibleCharacters(form.note, { lineBreaksAllowed: true })) errors.note = say.invisible;
  if (!form.phone.trim() && !form.email.trim()) errors.phone = say.contact;
  if (form.phone.trim() && !isDanishPhone(form.phone)) errors.phone = say.phone;
  if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = say.email;
  // Checked last so it wins: a CPR number in the e-mail field must never be sent, and the citizen should know why.
  if (scrubCpr(form.email).removed) errors.email = say.emailCpr;
  return errors;
}

/** "mandag 23. november", "10.00" (or "Monday 23 November", "10:00") on the Copenhagen clock. */
export function formatSlot(iso: string, lang: Lang = 'da'): { day: string; time: string } {
  const date = new Date(iso);
  const locale = lang === 'en' ? 'en-GB' : 'da-DK';
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', weekday: 'long', day: 'numeric', month: 'long' }).format(date);
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return { day, time: lang === 'en' ? time : time.replace(':', '.') };
}
