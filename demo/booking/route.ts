/** The shape shared by the route modules and the router. */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type * as z from 'zod';
import type { CompiledMunicipality } from '../../knowledge/compiler/compiled.ts';
import { scrubCpr } from '../../widget/src/core/cpr.ts';
import { HttpError, invalid } from './http.ts';
import type { BookingStore, IdempotencyKey } from './store.ts';
import { fallbackMessage, fieldMessages, type RequestSchemas } from './validation.ts';

/** What every handler may use. `now` is injectable so tests can stand on any date. */
export interface ApiContext {
  store: BookingStore;
  municipality: CompiledMunicipality;
  schemas: RequestSchemas;
  now: () => number;
}

/** A matched request: `params` are the decoded capture groups of the route's path. */
export interface RouteRequest { request: IncomingMessage; url: URL; params: string[] }

/** A JSON answer, or a file with its own headers. */
export type Reply =
  | { status: number; json: unknown }
  | { status: number; text: string; headers: Record<string, string> };

export interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  /** Needs the staff token. */
  staff?: boolean;
  /** Creates something: limited per client IP. */
  rateLimited?: boolean;
  handle(request: RouteRequest): Reply | Promise<Reply>;
}

/** Parses with a schema or throws a 400 with a Danish message per field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, data: unknown): z.output<Schema> {
  const result = schema.safeParse(data, { error: fallbackMessage });
  if (!result.success) throw invalid(fieldMessages(result.error));
  return result.data;
}

/** The query string as a plain object (the first value of each name). */
export function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] ??= value;
  return query;
}

/**
 * A key made from a CPR number: digits and separators only, or a CPR label with digits. A random
 * UUID has hex letters, and its digit runs can happen to look like a date, so it is not scrubbed
 * as free text would be.
 */
const looksLikeCpr = (key: string): boolean =>
  /(?:cpr|person)/i.test(key) ? /\d{6}/.test(key.replace(/\D/g, '')) : !/[a-z]/i.test(key) && scrubCpr(key).removed;

/**
 * The Idempotency-Key header: the widget makes a random one per attempt to book, so a retry after a
 * lost answer returns the same booking. Required on the creation routes. A key shaped like a CPR
 * number is refused, so one can never be stored by way of the header.
 */
export function idempotencyKey(request: IncomingMessage, body: Record<string, unknown>): IdempotencyKey {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw invalid({ 'Idempotency-Key': 'Forespørgslen mangler headeren Idempotency-Key (1–200 synlige tegn).' });
  }
  if (looksLikeCpr(key)) {
    throw invalid({ 'Idempotency-Key': 'Idempotency-Key ligner et CPR-nummer. Brug en tilfældig nøgle, fx et UUID.' });
  }
  const origin = typeof request.headers.origin === 'string' ? request.headers.origin : '';
  return { key: `${origin} ${key}`, bodyHash: createHash('sha256').update(JSON.stringify(body)).digest('base64url') };
}

/** A key sent again with another body: 422, never the first request's receipt. */
export const keyReused = (): HttpError => new HttpError(422, {
  error: 'idempotency-key-reused',
  message: 'Denne Idempotency-Key er brugt før til en anden forespørgsel. Send en ny nøgle.',
});

export const forbidden = (message: string): HttpError => new HttpError(403, { error: 'wrong-code', message });
