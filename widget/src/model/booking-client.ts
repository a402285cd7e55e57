/**
 * Talks to the booking API. Every failure becomes a BookingError of a kind the UI can
 * act on: the slot was taken, the fields were refused, or the service is down or too slow.
 */
import { icsUrl, parseAppointment, parseSlots, parseWindows, type Appointment, type CallbackWindow, type Slot } from '../core/booking.ts';

/** Why a booking request failed. */
export type BookingErrorKind = 'taken' | 'limit' | 'invalid' | 'refused' | 'down';

/** A failed booking request. `fields` holds the server's Danish message per field for `invalid`. */
export class BookingError extends Error {
  override name = 'BookingError';
  constructor(readonly kind: BookingErrorKind, message: string, readonly fields: Record<string, string> = {}) {
    super(message);
  }
}

/** The booking API as the widget uses it. */
export interface BookingClient {
  slots(service: string, from: string, days: number): Promise<Slot[]>;
  book(body: { service: string; start: string; name: string; phone?: string; email?: string; note?: string }, key: string): Promise<Appointment>;
  cancel(id: string, code: string): Promise<void>;
  icsUrl(appointment: Appointment): string;
  windows(): Promise<CallbackWindow[]>;
  requestCallback(body: { topic: string; phone: string; window: string; note?: string }, key: string): Promise<void>;
}

/** Creates a client for the API at `base` (e.g. "/api"). Requests give up after `timeoutMs`. */
export function createBookingClient(base: string, fetcher: typeof fetch = (...args) => fetch(...args), timeoutMs = 8000): BookingClient {
  const root = base.replace(/\/$/, '');
  async function request(path: string, init: RequestInit = {}): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await fetcher(`${root}${path}`, { ...init, credentials: 'omit', signal: controller.signal });
    } catch {
      throw new BookingError('down', 'booking service unreachable or too slow');
    } finally {
      clearTimeout(timer);
    }
    const data = await response.json().catch(() => undefined);
    if (response.ok) return data;
    const body = (data ?? {}) as { error?: string; message?: string; fields?: Record<string, string> };
    if (response.status === 409 && body.error === 'too-many-bookings') throw new BookingError('limit', body.message ?? 'too many bookings');
    if (response.status === 409) throw new BookingError('taken', body.message ?? 'slot taken');
    if (response.status === 400) throw new BookingError('invalid', body.message ?? 'invalid', body.fields ?? {});
    if (response.status === 403 || response.status === 404) throw new BookingError('refused', body.message ?? 'refused');
    throw new BookingError('down', `booking service answered ${response.status}`);
  }
  const post = (path: string, body: unknown, key?: string) => request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });
  return {
    async slots(service, from, days) {
      return parseSlots(await request(`/booking/slots?service=${encodeURIComponent(service)}&from=${from}&days=${days}`));
    },
    async book(body, key) {
      return parseAppointment(await post('/booking/appointments', body, key));
    },
    async cancel(id, code) {
      await post(`/booking/appointments/${encodeURIComponent(id)}/cancel`, { code });
    },
    icsUrl(appointment) {
      return icsUrl(root, appointment);
    },
    async windows() {
      return parseWindows(await request('/callbacks/windows'));
    },
    async requestCallback(body, key) {
      await post('/callbacks', body, key);
    },
  };
}
