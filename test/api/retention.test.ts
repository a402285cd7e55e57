/** Old bookings and call-backs are deleted: the clean-up runs at start (and hourly) on the server's clock. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { book, call, citizen, removeTempDirs, requestCallback, staff, startServer, tempDir, testClock } from './helpers.ts';

afterAll(removeTempDirs);

function count(dbFile: string, table: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

it('deletes appointments 30 days after they took place and call-backs 30 days after they were handled', async () => {
  const clock = testClock('2026-11-20', '11:50');
  const dbFile = join(tempDir(), 'retention.sqlite');
  const first = await startServer({ dbFile, now: clock.now });
  const old = await book(first.origin, { service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen });
  const later = await book(first.origin, { service: 'pas', start: '2026-12-28T10:00:00+01:00', ...citizen });
  const handled = await requestCallback(first.origin, { topic: 'pension', phone: '12345678', window: '2026-11-23-am' });
  const open = await requestCallback(first.origin, { topic: 'pension', phone: '87654321', window: '2026-11-26-am' });
  await call(first.origin, 'POST', `/api/staff/callbacks/${handled.json.id}/handled`, { headers: staff });
  await first.close();
  expect([count(dbFile, 'appointments'), count(dbFile, 'callbacks'), count(dbFile, 'idempotency_keys')]).toEqual([2, 2, 4]);

  // 24 December: the 23 November appointment ended 31 days ago, the call-back was handled 34 days ago.
  clock.set('2026-12-24', '12:00');
  const log: string[] = [];
  const second = await startServer({ dbFile, now: clock.now, log: (line) => log.push(line) });
  try {
    expect([count(dbFile, 'appointments'), count(dbFile, 'callbacks'), count(dbFile, 'idempotency_keys')]).toEqual([1, 1, 2]);
    expect((await call(second.origin, 'GET', `/api/booking/appointments/${old.json.id}.ics?code=${old.json.code}`)).status).toBe(404);
    expect((await call(second.origin, 'GET', `/api/booking/appointments/${later.json.id}.ics?code=${later.json.code}`)).status).toBe(200);
    const stillOpen = (await call(second.origin, 'GET', '/api/staff/callbacks', { headers: staff })).json;
    expect(stillOpen.map((callback: { id: string }) => callback.id)).toEqual([open.json.id]);
    expect(log).toEqual(['[vejviser] Slettede 1 bookinger og 1 opkaldsønsker ældre end 30 dage.']);
  } finally {
    await second.close();
  }

  // An open call-back nobody marked goes too, 30 days after its window; a shorter retention is honoured.
  clock.set('2026-12-27', '12:00');
  const third = await startServer({ dbFile, now: clock.now, retentionDays: 1 });
  await third.close();
  expect([count(dbFile, 'appointments'), count(dbFile, 'callbacks'), count(dbFile, 'idempotency_keys')]).toEqual([1, 0, 1]);
});
