/** The citizen's booking routes: services, free slots, book, cancel, calendar file. */
import { codesMatch, idShape } from './codes.ts';
import { addDays, instantAt, localClock } from './copenhagen-time.ts';
import { HttpError, notFound, readJsonObject } from './http.ts';
import { appointmentCalendar } from './ics.ts';
import { locationOf } from './municipality.ts';
import { forbidden, idempotencyKey, keyReused, parseOrThrow, queryOf, type ApiContext, type Route } from './route.ts';
import { freeSlots, slotsOn, type BookingService } from './slots.ts';
import type { StoredAppointment } from './store.ts';

const unknownBooking = () => notFound('Bookingen findes ikke. Den kan være slettet.');

/** How far ahead a service can be booked when municipality.yaml does not say (`horizonDays`). */
export const defaultHorizonDays = 60;

/** Future bookings of one service per phone number or e-mail address, unless municipality.yaml says (`activePerPerson`). */
export const defaultActivePerPerson = 2;

const horizonOf = (service: BookingService): number => service.horizonDays ?? defaultHorizonDays;
const activePerPersonOf = (service: BookingService): number => service.activePerPerson ?? defaultActivePerPerson;

/** The last date a service can be booked on, seen from today's date in Copenhagen. */
const lastBookableDate = (service: BookingService, today: string): string => addDays(today, horizonOf(service));

const dateRefused = (field: string, message: string): HttpError =>
  new HttpError(400, { error: 'invalid', message, fields: { [field]: message } });

const beyondHorizon = (service: BookingService, field: string): HttpError =>
  dateRefused(field, `Der kan kun bookes ${horizonOf(service)} dage frem. Vælg en tidligere dato.`);

export function bookingRoutes({ store, municipality, schemas, now }: ApiContext): Route[] {
  const location = locationOf(municipality);
  const services = new Map(municipality.bookingServices.map((service) => [service.id, service]));
  const serviceOf = (id: string): BookingService => services.get(id)!; // ids are validated against this list

  /** The booking behind an id in the path, if the code proves the caller may see it. */
  function bookingWithCode(id: string, code: string): StoredAppointment {
    const appointment = idShape.test(id) ? store.findAppointment(id) : undefined;
    if (!appointment) throw unknownBooking();
    if (!codesMatch(code, appointment.code)) throw forbidden('Koden passer ikke til bookingen.');
    return appointment;
  }

  return [
    {
      method: 'GET',
      path: /^\/api\/booking\/services$/,
      handle: () => ({
        status: 200,
        json: municipality.bookingServices.map((service) => ({
          id: service.id,
          name: service.name,
          durationMinutes: service.durationMinutes,
          location,
          // Always a string, empty when there is nothing to bring, so clients need no special case.
          prepare: service.prepare ?? '',
        })),
      }),
    },
    {
      method: 'GET',
      path: /^\/api\/booking\/slots$/,
      handle: ({ url }) => {
        const query = parseOrThrow(schemas.slotsQuery, queryOf(url));
        const at = now();
        const today = localClock(at).date;
        const from = query.from ?? today;
        const service = serviceOf(query.service);
        const last = lastBookableDate(service, today);
        // A week back is allowed: a client whose clock is behind still gets today's slots.
        if (from > last) throw beyondHorizon(service, 'from');
        if (from < addDays(today, -7)) throw dateRefused('from', 'Datoen er passeret. Vælg en dato fra i dag og frem.');
        const booked = store.bookedStarts(service.id, instantAt(from, '00:00'), instantAt(addDays(from, query.days), '00:00'));
        const slots = freeSlots({ service, borgerservice: municipality.borgerservice, from, days: query.days, now: at, booked })
          .filter((slot) => localClock(slot.startMs).date <= last);
        return { status: 200, json: slots.map(({ start, end }) => ({ start, end })) };
      },
    },
    {
      method: 'POST',
      path: /^\/api\/booking\/appointments$/,
      rateLimited: true,
      handle: async ({ request }) => {
        const raw = await readJsonObject(request);
        const key = idempotencyKey(request, raw);
        // A retry gets the answer it missed, even if the slot has passed since.
        const earlier = store.replayAppointment(key);
        if (earlier === 'conflict') throw keyReused();
        if (earlier) return { status: 201, json: earlier };

        const body = parseOrThrow(schemas.appointment, raw);
        const at = now();
        const service = serviceOf(body.service);
        if (localClock(body.start).date > lastBookableDate(service, localClock(at).date)) throw beyondHorizon(service, 'start');
        const slot = slotsOn(localClock(body.start).date, service, municipality.borgerservice).find((candidate) => candidate.startMs === body.start);
        if (!slot) throw new HttpError(400, { error: 'invalid', message: 'Tiden findes ikke.', fields: { start: 'Vælg en af de ledige tider.' } });
        if (slot.startMs <= at) {
          // 409 like a taken slot: the client's remedy is the same, pick another time.
          throw new HttpError(409, { error: 'slot-unavailable', message: 'Tiden er ikke længere ledig. Vælg en anden tid.' });
        }
        const result = store.createAppointment({
          service: service.id,
          serviceName: service.name,
          start: slot.start,
          end: slot.end,
          startMs: slot.startMs,
          endMs: slot.endMs,
          date: localClock(slot.startMs).date,
          location,
          name: body.name,
          phone: body.phone,
          email: body.email,
          note: body.note || undefined,
        }, key, at, activePerPersonOf(service));
        if (result.outcome === 'conflict') throw keyReused();
        if (result.outcome === 'limit') {
          // 409 with its own code: the widget says why and shows the phone number instead of "taken".
          throw new HttpError(409, { error: 'too-many-bookings', message: `Du har allerede ${activePerPersonOf(service)} tider til ${service.name}. Aflys en af dem med koden fra bekræftelsen, eller ring til Borgerservice på ${municipality.borgerservice.phone}.` });
        }
        if (result.outcome === 'taken') {
          throw new HttpError(409, { error: 'slot-taken', message: 'Tiden er lige blevet booket af en anden. Vælg en anden tid.' });
        }
        return { status: 201, json: result.receipt };
      },
    },
    {
      method: 'POST',
      path: /^\/api\/booking\/appointments\/([^/]+)\/cancel$/,
      handle: async ({ request, params: [id] }) => {
        const { code } = parseOrThrow(schemas.cancel, await readJsonObject(request));
        const appointment = bookingWithCode(id, code);
        store.cancelAppointment(appointment.id, now());
        return { status: 200, json: { id: appointment.id, cancelled: true } };
      },
    },
    {
      method: 'GET',
      path: /^\/api\/booking\/appointments\/([^/]+)\.ics$/,
      handle: ({ url, params: [id] }) => {
        const { code } = parseOrThrow(schemas.icsQuery, queryOf(url));
        const appointment = bookingWithCode(id, code);
        const calendar = appointmentCalendar({
          id: appointment.id,
          code: appointment.code,
          serviceName: appointment.serviceName,
          startMs: appointment.startMs,
          endMs: appointment.endMs,
          location: appointment.location,
          prepare: services.get(appointment.service)?.prepare,
          borgerserviceName: municipality.borgerservice.name,
          phone: municipality.borgerservice.phone,
          cancelled: appointment.cancelledMs !== null,
        }, now());
        return {
          status: 200,
          text: calendar,
          headers: {
            'Content-Type': 'text/calendar; charset=utf-8',
            'Content-Disposition': `attachment; filename="borgerservice-${appointment.date}.ics"`,
          },
        };
      },
    },
  ];
}
