/**
 * Booking a time and asking to be called, as state (no DOM). The citizen's typing lives here and
 * survives every failure: a slot taken meanwhile brings fresh times with the form kept; a service
 * that is down keeps the form and offers a retry with the same Idempotency-Key, so a retry after a
 * timeout can never book twice.
 */
import { signal } from '@preact/signals-core';
import { formMessages, validateForm, isDanishPhone, type Appointment, type BookingForm, type CallbackWindow, type Slot } from '../core/booking.ts';
import { scrubCpr } from '../core/cpr.ts';
import type { Lang } from '../core/phrases.ts';
import { BookingError, type BookingClient } from './booking-client.ts';

/** Where a booking flow is. */
export type BookingStep = 'slots' | 'form' | 'sending' | 'done' | 'cancelled';
/** What went wrong last, for the message the citizen sees. */
export type BookingProblem = 'taken' | 'limit' | 'down' | undefined;

/** A random key for the Idempotency-Key header. */
function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Today's date on the Copenhagen clock, YYYY-MM-DD. */
export function copenhagenDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Free text goes out without CPR numbers, like everything else. */
const clean = (text: string) => scrubCpr(text).text.trim();

/** Creates the flow for booking one service. */
export function createBookingFlow(client: BookingClient, service: string, now: () => Date = () => new Date(), days = 14, lang: Lang = 'da') {
  const step = signal<BookingStep>('slots');
  const slots = signal<Slot[]>([]);
  const loading = signal(false);
  const selected = signal<Slot | undefined>(undefined);
  const form = signal<BookingForm>({ name: '', phone: '', email: '', note: '' });
  const errors = signal<Partial<Record<keyof BookingForm, string>>>({});
  const problem = signal<BookingProblem>(undefined);
  const appointment = signal<Appointment | undefined>(undefined);
  let key = newKey();

  async function load(): Promise<void> {
    loading.value = true;
    try {
      slots.value = await client.slots(service, copenhagenDate(now()), days);
      if (problem.value === 'down') problem.value = undefined;
    } catch {
      problem.value = 'down';
    } finally {
      loading.value = false;
    }
  }

  return {
    step, slots, loading, selected, form, errors, problem, appointment, load,
    /** The citizen picked a time: a new attempt, so a new idempotency key. */
    choose(slot: Slot) {
      selected.value = slot;
      key = newKey();
      problem.value = undefined;
      step.value = 'form';
    },
    back() {
      step.value = 'slots';
    },
    update(field: keyof BookingForm, value: string) {
      form.value = { ...form.value, [field]: value };
    },
    async submit(): Promise<void> {
      const found = validateForm(form.value, lang);
      errors.value = found;
      if (Object.keys(found).length || !selected.value) return;
      step.value = 'sending';
      const { name, phone, email, note } = form.value;
      try {
        appointment.value = await client.book({
          service, start: selected.value.start, name: clean(name),
          ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}), ...(clean(note) ? { note: clean(note) } : {}),
        }, key);
        problem.value = undefined;
        step.value = 'done';
      } catch (error) {
        const kind = error instanceof BookingError ? error.kind : 'down';
        if (kind === 'taken') {
          problem.value = 'taken';
          selected.value = undefined;
          step.value = 'slots';
          await load();
          problem.value = 'taken';
        } else if (kind === 'limit') {
          problem.value = 'limit';
          step.value = 'form';
        } else if (kind === 'invalid' && error instanceof BookingError) {
          // The service words its refusals in Danish; an English form says the same in English.
          const local = formMessages[lang] as Record<string, string>;
          errors.value = Object.fromEntries(Object.entries(error.fields).map(([field, text]) => [field, lang === 'en' ? local[field] ?? text : text]));
          step.value = 'form';
        } else {
          problem.value = 'down';
          step.value = 'form';
        }
      }
    },
    async cancel(): Promise<void> {
      if (!appointment.value) return;
      try {
        await client.cancel(appointment.value.id, appointment.value.code);
        step.value = 'cancelled';
      } catch {
        problem.value = 'down';
      }
    },
  };
}

/** The booking flow's state and actions. */
export type BookingFlow = ReturnType<typeof createBookingFlow>;

/** Creates the flow for asking Borgerservice to call back about `topic`. */
export function createCallbackFlow(client: BookingClient, topic: string, lang: Lang = 'da') {
  const windows = signal<CallbackWindow[]>([]);
  const phone = signal('');
  const note = signal('');
  const chosenWindow = signal('');
  const error = signal('');
  const problem = signal<BookingProblem>(undefined);
  const sent = signal(false);
  const sending = signal(false);
  let key = newKey();
  return {
    windows, phone, note, chosenWindow, error, problem, sent, sending,
    async load() {
      try {
        windows.value = await client.windows();
      } catch {
        problem.value = 'down';
      }
    },
    async submit(): Promise<void> {
      if (!isDanishPhone(phone.value)) {
        error.value = formMessages[lang].phone;
        return;
      }
      if (!chosenWindow.value) {
        error.value = formMessages[lang].window;
        return;
      }
      error.value = '';
      sending.value = true;
      try {
        await client.requestCallback({ topic, phone: phone.value.trim(), window: chosenWindow.value, ...(clean(note.value) ? { note: clean(note.value) } : {}) }, key);
        sent.value = true;
        problem.value = undefined;
        key = newKey();
      } catch {
        problem.value = 'down';
      } finally {
        sending.value = false;
      }
    },
  };
}

/** The call-back flow's state and actions. */
export type CallbackFlow = ReturnType<typeof createCallbackFlow>;
