/**
 * The booking service: routes every /api request to its handler, with the staff check,
 * the rate limit and the JSON error answers in one place, and owns the store and the clean-up timer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';
import { HttpError, sendJson, sendText } from './http.ts';
import { RateLimiter, type RateLimit } from './rate-limit.ts';
import { scheduleRetention } from './retention.ts';
import type { ApiContext, Route } from './route.ts';
import { bookingRoutes } from './routes-booking.ts';
import { callbackRoutes } from './routes-callbacks.ts';
import { staffRoutes } from './routes-staff.ts';
import { requireStaff } from './staff-auth.ts';
import { BookingStore } from './store.ts';
import { requestSchemas } from './validation.ts';

/** Wrong staff tokens allowed per client address: 10 at once, then one every two minutes. */
const staffFailureLimit = { burst: 10, perMinute: 0.5 };

export interface BookingApiOptions {
  dbFile: string;
  municipality: CompiledMunicipality;
  staffToken: string;
  rateLimit: RateLimit;
  retentionDays: number;
  now: () => number;
  /** Where operational lines go (never personal data). */
  log: (line: string) => void;
}

export interface BookingApi {
  /** Answers a request whose path starts with /api/. */
  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void>;
  close(): void;
}

const tooMany = (retryAfterSeconds: number) => new HttpError(429,
  { error: 'rate-limited', message: 'Der er sendt for mange forespørgsler. Vent lidt, og prøv igen.' },
  { 'Retry-After': String(retryAfterSeconds) });

export function createBookingApi(options: BookingApiOptions): BookingApi {
  const store = new BookingStore(options.dbFile);
  const context: ApiContext = { store, municipality: options.municipality, schemas: requestSchemas(options.municipality), now: options.now };
  const routes: Route[] = [...bookingRoutes(context), ...callbackRoutes(context), ...staffRoutes(context)];
  const limiter = new RateLimiter(options.rateLimit, options.now);
  const staffFailures = new RateLimiter(staffFailureLimit, options.now);
  const stopRetention = scheduleRetention(store, options.retentionDays, options.now, options.log);

  async function answer(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const matches = routes.filter((route) => route.path.test(url.pathname));
    if (!matches.length) throw new HttpError(404, { error: 'not-found', message: 'Den adresse findes ikke i bookingtjenesten.' });
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = matches.find((candidate) => candidate.method === method);
    if (!route) {
      const allowed = [...new Set(matches.flatMap((candidate) => (candidate.method === 'GET' ? ['GET', 'HEAD'] : [candidate.method])))];
      throw new HttpError(405, { error: 'method-not-allowed', message: 'Metoden er ikke tilladt på denne adresse.' }, { Allow: allowed.join(', ') });
    }
    if (route.staff) {
      const client = request.socket.remoteAddress ?? 'unknown';
      // Checked before the token, so a client that has guessed too often learns nothing more.
      const admission = staffFailures.check(client);
      if (!admission.allowed) throw tooMany(admission.retryAfterSeconds);
      try {
        requireStaff(request, options.staffToken);
      } catch (error) {
        staffFailures.take(client);
        throw error;
      }
    }
    if (route.rateLimited) {
      // The socket's address: a proxy in front would need its X-Forwarded-For trusted explicitly.
      const admission = limiter.take(request.socket.remoteAddress ?? 'unknown');
      if (!admission.allowed) throw tooMany(admission.retryAfterSeconds);
    }
    let params: string[];
    try {
      params = route.path.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    } catch {
      throw new HttpError(404, { error: 'not-found', message: 'Den adresse findes ikke i bookingtjenesten.' });
    }
    const reply = await route.handle({ request, url, params });
    if ('json' in reply) sendJson(request, response, reply.status, reply.json);
    else sendText(response, reply.status, request.method === 'HEAD' ? '' : reply.text, reply.headers);
  }

  return {
    async handle(request, response, url) {
      try {
        await answer(request, response, url);
      } catch (error) {
        if (error instanceof HttpError) return sendJson(request, response, error.status, error.body, error.headers);
        // The error itself, never the request: bodies and queries may hold personal data.
        console.error(`[vejviser] Fejl i bookingtjenesten ved ${request.method} ${url.pathname}`, error);
        if (!response.headersSent) sendJson(request, response, 500, { error: 'server-error', message: 'Der skete en fejl hos os. Prøv igen om lidt, eller ring til Borgerservice.' });
        else response.destroy();
      }
    },
    close() {
      stopRetention();
      store.close();
    },
  };
}
