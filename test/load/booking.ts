/**
 * `npm run load` — the booking service under load, on loopback only: starts its own server on
 * 127.0.0.1 with a temporary database, lists slots and then books with 20 concurrent clients for a
 * fixed time (some bookings are cancelled at once, so freed slots are fought over too), reports
 * throughput and p50/p99 latency per route, and counts double bookings straight from the database.
 * Exits 1 if there is any. Stops by itself well within 60 seconds.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDemoServer } from '../../demo/server.ts';
import { realKnowledge } from '../helpers/knowledge.ts';

const concurrency = 20;
const phaseSeconds = { slots: 8, booking: 12 };
/** The last resort if something hangs: the run must end by itself. */
const hardStopMs = 55_000;
/** Share of successful bookings cancelled again at once. */
const cancelShare = 0.1;

const hardStop = setTimeout(() => {
  console.error(`Belastningstesten stoppede efter ${hardStopMs / 1000} s uden at blive færdig.`);
  process.exit(1);
}, hardStopMs);
hardStop.unref();

/** Latencies and answers of one route. */
class Tally {
  readonly latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  seconds = 0;
  constructor(readonly name: string) {}

  /** Sends a request, times it to the last byte, and returns the status and the body text. */
  async time(url: string, init?: RequestInit): Promise<{ status: number; text: string }> {
    const started = performance.now();
    const response = await fetch(url, init);
    const text = await response.text();
    this.latencies.push(performance.now() - started);
    this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
    return { status: response.status, text };
  }

  row(): string {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1);
    const answers = [...this.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status} × ${n}`).join(', ');
    const rate = this.seconds ? (sorted.length / this.seconds).toFixed(0) : '–';
    return `| ${this.name} | ${sorted.length} | ${rate} | ${at(50)} | ${at(99)} | ${answers} |`;
  }
}

/** Runs `work` in `concurrency` loops until `seconds` have passed or it returns false. */
async function run(seconds: number, work: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline && (await work()));
  }));
  return (performance.now() - started) / 1000;
}

const json = { 'Content-Type': 'application/json' };

const dir = mkdtempSync(join(tmpdir(), 'vejviser-load-'));
const dbFile = join(dir, 'load.sqlite');
const { municipality } = await realKnowledge();
const server = createDemoServer({
  dbFile, municipality, staffToken: randomUUID(), log: () => {},
  // This script is one client making every request, so the per-IP limit is lifted for the run.
  rateLimit: { burst: 1_000_000, perMinute: 1_000_000 },
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const services = municipality.bookingServices.map((service) => service.id);

try {
  console.log(`Belastning mod ${origin} med ${concurrency} samtidige klienter.\n`);

  // 1. Slot listing: two weeks of one service per request, the services in turn.
  const slots = new Tally('GET /api/booking/slots (14 dage)');
  let turn = 0;
  slots.seconds = await run(phaseSeconds.slots, async () => {
    const { status } = await slots.time(`${origin}/api/booking/slots?service=${services[turn++ % services.length]}&days=14`);
    if (status !== 200) throw new Error(`slot listing answered ${status}`);
    return true;
  });

  // 2. Booking from one shared pool of a month's slots; clients pick among the earliest few, as
  //    citizens do, so they collide all the time.
  const pool: { service: string; start: string }[] = [];
  for (const service of services) {
    const free = await (await fetch(`${origin}/api/booking/slots?service=${service}&days=31`)).json() as { start: string }[];
    pool.push(...free.map(({ start }) => ({ service, start })));
  }
  pool.sort((a, b) => a.start.localeCompare(b.start));
  const bookings = new Tally('POST /api/booking/appointments');
  const cancels = new Tally('POST /api/booking/appointments/ID/cancel');
  let created = 0;
  let cancelled = 0;
  bookings.seconds = await run(phaseSeconds.booking, async () => {
    if (!pool.length) return false;
    const slot = pool[Math.floor(Math.random() * Math.min(pool.length, 2 * concurrency))];
    const answer = await bookings.time(`${origin}/api/booking/appointments`, {
      method: 'POST',
      headers: { ...json, 'Idempotency-Key': randomUUID() },
      // A number per booking: one number may hold only two future bookings of a service.
      body: JSON.stringify({ ...slot, name: 'Belastning Test', phone: String(20_000_000 + bookings.latencies.length + Math.floor(Math.random() * 1_000_000)) }),
    });
    if (answer.status !== 201 && answer.status !== 409) throw new Error(`booking answered ${answer.status}: ${answer.text}`);
    const at = pool.indexOf(slot);
    if (at >= 0) pool.splice(at, 1);
    if (answer.status === 201) {
      created++;
      if (Math.random() < cancelShare) {
        const { id, code } = JSON.parse(answer.text) as { id: string; code: string };
        const cancel = await cancels.time(`${origin}/api/booking/appointments/${id}/cancel`, { method: 'POST', headers: json, body: JSON.stringify({ code }) });
        if (cancel.status !== 200) throw new Error(`cancel answered ${cancel.status}`);
        cancelled++;
        pool.unshift(slot); // free again: back at the front, where everyone is looking
      }
    }
    return true;
  });
  cancels.seconds = bookings.seconds;

  // 3. The database is the judge: at most one live booking per (service, start).
  const db = new Database(dbFile, { readonly: true });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const doubles = count(`SELECT count(*) AS n FROM (SELECT 1 FROM appointments WHERE cancelled_ms IS NULL
    GROUP BY service, start_ms HAVING count(*) > 1)`);
  const live = count('SELECT count(*) AS n FROM appointments WHERE cancelled_ms IS NULL');
  db.close();

  console.log('| route | requests | per second | p50 ms | p99 ms | answers |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const tally of [slots, bookings, cancels]) console.log(tally.row());
  console.log(`\nBookinger oprettet: ${created}, aflyst igen: ${cancelled}, levende i databasen: ${live} (forventet ${created - cancelled}).`);
  console.log(`Dobbeltbookinger i databasen: ${doubles}`);
  if (doubles !== 0 || live !== created - cancelled) process.exitCode = 1;
} finally {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  rmSync(dir, { recursive: true, force: true });
}
