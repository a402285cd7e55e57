/**
 * What the API accepts, as zod schemas with a Danish message for every field, because the widget
 * shows these messages next to the fields. Free text (name, note) is scrubbed of CPR numbers here,
 * before it can reach the store: there is no CPR field, and one typed by mistake is removed.
 */
import * as z from 'zod';
import type { CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';
import { hasInvisibleCharacters } from '../../widget/src/core/booking.ts';
import { scrubCpr } from '../../widget/src/core/cpr.ts';
import { isIsoDate } from './copenhagen-time.ts';

/** Removes CPR numbers with the widget's own rules, so both ends agree on what counts as one. */
const withoutCpr = (text: string): string => scrubCpr(text).text.trim();

/** An optional text field: missing, null and blank all mean "not given". */
function optional<Output>(schema: z.ZodType<Output, string>, typeMessage: string) {
  return z.union([z.string({ error: typeMessage }), z.null()], { error: typeMessage }).optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(schema.optional());
}

/** 8 digits, spaces allowed, optionally +45 or 0045 first (as the widget's form accepts). */
export function danishPhoneDigits(text: string): string | undefined {
  const match = /^(?:\+45|0045)?(\d{8})$/.exec(text.replace(/\s/g, ''));
  return match?.[1];
}

/** "12345678" → "12 34 56 78": stored and shown the way Danes write phone numbers. */
const formatPhone = (digits: string): string => digits.replace(/(\d{2})(?=\d)/g, '$1 ');

const phoneMessage = 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.';
const phone = z.string({ error: phoneMessage }).transform((text, context) => {
  const digits = danishPhoneDigits(text);
  if (!digits) {
    context.addIssue({ code: 'custom', message: phoneMessage });
    return z.NEVER;
  }
  return formatPhone(digits);
});

const invisibleMessage = (field: string) => `${field} indeholder usynlige tegn eller styretegn. Skriv teksten igen uden at kopiere den ind.`;

const nameMessage = 'Skriv dit navn.';
const name = z.string({ error: nameMessage })
  .max(100, { error: 'Navnet må højst være 100 tegn.' })
  .refine((text) => !hasInvisibleCharacters(text), { error: invisibleMessage('Navnet') })
  .transform(withoutCpr)
  .pipe(z.string().min(2, { error: nameMessage }));

const note = z.string().max(500, { error: 'Bemærkningen må højst være 500 tegn.' })
  .refine((text) => !hasInvisibleCharacters(text, { lineBreaksAllowed: true }), { error: invisibleMessage('Bemærkningen') })
  .transform(withoutCpr);
const noteTypeMessage = 'Bemærkningen skal være tekst.';

// A CPR number typed into the e-mail field (it happens: the field is next to "telefon") is refused,
// not stored: it would otherwise be kept and shown to staff.
const email = z.string()
  .refine((text) => !scrubCpr(text).removed, { error: 'Det ligner et CPR-nummer. Skriv din e-mailadresse, ikke dit CPR-nummer.' })
  .pipe(z.email({ error: 'Skriv en e-mailadresse som navn@eksempel.dk.' }).max(254, { error: 'E-mailadressen er for lang.' }));

const isoDate = (message: string) => z.string({ error: message }).refine(isIsoDate, { error: message });

/**
 * ISO 8601 with a time and an offset or Z, e.g. "2026-11-23T10:00:00+01:00". The calendar date and
 * the clock are checked as written, because Date.parse quietly turns 2027-02-30 into 2 March.
 */
const instantMessage = 'Vælg en af de ledige tider.';
const instantShape = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
function isRealInstant(text: string): boolean {
  const parts = instantShape.exec(text);
  if (!parts || !isIsoDate(parts[1])) return false;
  const [, , hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = parts;
  return Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60 && Number(offsetHours) < 24 && Number(offsetMinutes) < 60;
}
const instant = z.string({ error: instantMessage })
  .refine(isRealInstant, { error: instantMessage })
  .transform((text, context) => {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) {
      context.addIssue({ code: 'custom', message: instantMessage });
      return z.NEVER;
    }
    return ms;
  });

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** The schemas for one municipality: services and topics are the ones in its municipality.yaml. */
export function requestSchemas(municipality: CompiledMunicipality) {
  const serviceIds = municipality.bookingServices.map((service) => service.id);
  const topicIds = municipality.callbackTopics.map((topic) => topic.id);
  const service = z.enum(serviceIds as [string, ...string[]], { error: 'Vælg en af de ydelser, der kan bookes.' });

  return {
    slotsQuery: z.object({
      service,
      from: isoDate('Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.').optional(),
      days: z.coerce.number({ error: 'Antal dage skal være et tal fra 1 til 31.' })
        .int({ error: 'Antal dage skal være et tal fra 1 til 31.' })
        .min(1, { error: 'Antal dage skal være et tal fra 1 til 31.' })
        .max(31, { error: 'Antal dage skal være et tal fra 1 til 31.' })
        .default(14),
    }),

    appointment: z.object({
      service,
      start: instant,
      name,
      phone: optional(phone, phoneMessage),
      email: optional(email, 'Skriv en e-mailadresse som navn@eksempel.dk.'),
      note: optional(note, noteTypeMessage),
    }).refine((body) => hasText(body.phone) || hasText(body.email), {
      path: ['phone'],
      error: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan kontakte dig.',
      // Checked even when other fields are wrong, so the citizen sees every problem at once.
      when: ({ value }) => typeof value === 'object' && value !== null,
    }),

    cancel: z.object({
      code: z.string({ error: 'Skriv koden fra din bekræftelse.' }).trim().min(1, { error: 'Skriv koden fra din bekræftelse.' }).max(20, { error: 'Koden er for lang.' }),
    }),

    icsQuery: z.object({
      code: z.string({ error: 'Koden fra bekræftelsen mangler.' }).min(1, { error: 'Koden fra bekræftelsen mangler.' }).max(20, { error: 'Koden er for lang.' }),
    }),

    callback: z.object({
      topic: z.enum(topicIds as [string, ...string[]], { error: 'Vælg, hvad opkaldet drejer sig om.' }),
      phone,
      window: z.string({ error: 'Vælg, hvornår vi må ringe.' }).min(1, { error: 'Vælg, hvornår vi må ringe.' }),
      note: optional(note, noteTypeMessage),
    }),

    staffDateQuery: z.object({
      date: isoDate('Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.').optional(),
    }),
  };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;

/** The first Danish message per field, for a 400 answer. Problems with the whole body go under "body". */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'body';
    fields[field] ??= issue.message;
  }
  return fields;
}

/** Used by safeParse for any check without its own message, so no English text ever reaches a citizen. */
export const fallbackMessage = () => 'Feltet er ikke udfyldt rigtigt.';
