/** Starting the real demo server for API tests: 127.0.0.1, a free port, a temporary database. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantAt } from '../../demo/booking/copenhagen-time.ts';
import { createDemoServer, type DemoServerOptions } from '../../demo/server.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

export const staffToken = 'personale-test-token-of-32-chars-x';

/** A folder for one test file's database; removed by `removeTempDirs`. */
const dirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vejviser-api-'));
  dirs.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A clock tests can move: `clock.set('2026-11-20', '11:50')` on the Copenhagen wall clock. */
export function testClock(date: string, time: string) {
  const clock = {
    ms: instantAt(date, time),
    set(newDate: string, newTime: string) { clock.ms = instantAt(newDate, newTime); },
    now: () => clock.ms,
  };
  return clock;
}

export interface RunningServer { origin: string; server: Server; close(): Promise<void> }

/**
 * Starts the server with the real municipality (no per-person booking limit), quiet logs, the test staff token and a rate limit too
 * high to matter (the clock stands still, so buckets never refill), unless the test says otherwise.
 */
export async function startServer(options: DemoServerOptions & { dbFile: string }): Promise<RunningServer> {
  const real = (await realKnowledge()).municipality;
  // Tests book many times with the same made-up citizen: the per-person limit is lifted like the
  // rate limit, and the test of the limit passes the real municipality back in.
  const municipality = { ...real, bookingServices: real.bookingServices.map((service) => ({ ...service, activePerPerson: 1000 })) };
  const server = createDemoServer({ municipality, staffToken, log: () => {}, rateLimit: { burst: 100_000, perMinute: 60 }, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // Tests read many shapes; `any` keeps the assertions short.
  json: any;
}

/** One request; `body` is sent as JSON unless it is already a string. */
export async function call(origin: string, method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(origin + path, {
    method,
    headers: { ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const staff = { Authorization: `Bearer ${staffToken}` };

/** Books with a fresh idempotency key unless one is given. */
export function book(origin: string, body: Record<string, unknown>, key: string = randomUUID()): Promise<Answer> {
  return call(origin, 'POST', '/api/booking/appointments', { body, headers: { 'Idempotency-Key': key } });
}

export function requestCallback(origin: string, body: Record<string, unknown>, key: string = randomUUID()): Promise<Answer> {
  return call(origin, 'POST', '/api/callbacks', { body, headers: { 'Idempotency-Key': key } });
}

/** A valid booking for a slot, with made-up personal data. */
export const citizen = { name: 'Karen Testesen', phone: '12 34 56 78', email: 'karen@eksempel.example' };
