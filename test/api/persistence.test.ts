/**
 * Bookings survive the server: a clean restart in the same process, and `kill -9` of a separate
 * `demo/server.ts` process right after it confirmed a booking (WAL with synchronous=FULL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { realKnowledge, repoRoot } from '../helpers/knowledge.ts';
import { book, call, citizen, removeTempDirs, staff, staffToken, startServer, tempDir, testClock } from './helpers.ts';

afterAll(removeTempDirs);

describe('a clean restart', () => {
  it('keeps bookings and their codes, and still refuses the taken slot', async () => {
    const clock = testClock('2026-11-20', '11:50');
    const dbFile = join(tempDir(), 'restart.sqlite');
    const first = await startServer({ dbFile, now: clock.now });
    const { json: booking } = await book(first.origin, { service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen });
    await first.close();

    const second = await startServer({ dbFile, now: clock.now });
    try {
      expect((await call(second.origin, 'GET', `/api/booking/appointments/${booking.id}.ics?code=${booking.code}`)).status).toBe(200);
      expect((await book(second.origin, { service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen })).status).toBe(409);
      const day = await call(second.origin, 'GET', '/api/staff/appointments?date=2026-11-23', { headers: staff });
      expect(day.json.map((row: { id: string }) => row.id)).toEqual([booking.id]);
    } finally {
      await second.close();
    }
  });
});

describe('kill -9', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  /** Runs `node --import tsx demo/server.ts` on a free port (PORT=0) and resolves with its origin. */
  async function spawnServer(dbFile: string, knowledgeFile: string): Promise<{ child: ChildProcess; origin: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'demo', 'server.ts')], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', VEJVISER_DB: dbFile, VEJVISER_KNOWLEDGE: knowledgeFile, VEJVISER_STAFF_TOKEN: staffToken },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20_000);
      const read = (chunk: Buffer) => {
        output += chunk;
        const port = /kører på http:\/\/localhost:(\d+)/.exec(output)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
    });
    return { child, origin };
  }

  it('loses no confirmed booking when the server process is killed without warning', async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'crash.sqlite');
    const knowledgeFile = join(dir, 'knowledge.json');
    writeFileSync(knowledgeFile, JSON.stringify(await realKnowledge()));

    const first = await spawnServer(dbFile, knowledgeFile);
    // The real clock here: take the first free slot in the coming month.
    const [slot] = (await call(first.origin, 'GET', '/api/booking/slots?service=pas&days=31')).json as { start: string }[];
    const key = randomUUID();
    const booked = await book(first.origin, { service: 'pas', start: slot.start, ...citizen }, key);
    expect(booked.status).toBe(201);
    const exited = new Promise((resolve) => first.child.once('exit', (_code, signal) => resolve(signal)));
    first.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const second = await spawnServer(dbFile, knowledgeFile);
    const ics = await call(second.origin, 'GET', `/api/booking/appointments/${booked.json.id}.ics?code=${booked.json.code}`);
    expect(ics.status).toBe(200);
    const free = (await call(second.origin, 'GET', '/api/booking/slots?service=pas&days=31')).json as { start: string }[];
    expect(free.map((candidate) => candidate.start)).not.toContain(slot.start);
    expect((await book(second.origin, { service: 'pas', start: slot.start, ...citizen })).status).toBe(409);
    // The idempotency key survived too: the retry a client makes after losing the answer gets the same booking.
    expect((await book(second.origin, { service: 'pas', start: slot.start, ...citizen }, key)).text).toBe(booked.text);
  });
});
