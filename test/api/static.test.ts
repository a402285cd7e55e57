/** The demo's static file server and the API's edges: what an attacker tries first. */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDemoServer } from '../../demo/server.ts';
import { realKnowledge } from '../helpers/knowledge.ts';
import { book, call, citizen, removeTempDirs, staff, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

const demoRoot = join(import.meta.dirname, '..', '..', 'dist', 'demo');
const clock = testClock('2026-11-20', '11:50');
const errors: string[] = [];
let api: RunningServer;
let outside: string;
const link = join(demoRoot, 'link-out-of-root.txt');

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args.map(String).join(' ')); });
  api = await startServer({ dbFile: `${tempDir()}/static.sqlite`, now: clock.now });
  outside = mkdtempSync(join(tmpdir(), 'vejviser-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'hemmeligt indhold');
  symlinkSync(join(outside, 'secret.txt'), link);
});
afterAll(async () => {
  rmSync(link, { force: true });
  rmSync(outside, { recursive: true, force: true });
  await api.close();
  vi.restoreAllMocks();
  removeTempDirs();
});

describe('the static server', () => {
  it('does not follow a symlink out of the served folder (404)', async () => {
    const answer = await call(api.origin, 'GET', '/link-out-of-root.txt');
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('hemmeligt');
  });

  it('answers a malformed escape with 400 or 404, never 500, and logs no stack', async () => {
    for (const path of ['/%E0%A4%A', '/vejviser/%E0%A4%A', '/api/booking/appointments/%E0%A4%A.ics?code=x', '/%00']) {
      const answer = await call(api.origin, 'GET', path);
      expect([400, 404], path).toContain(answer.status);
    }
    expect(errors).toEqual([]);
  });

  it('sends Permissions-Policy and a CSP with form-action, and Allow on 405', async () => {
    const page = await call(api.origin, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(page.headers.get('content-security-policy')).toMatch(/form-action 'self'/);
    const wrong = await call(api.origin, 'POST', '/');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('the API edges', () => {
  it('refuses a body that is not sent as JSON with 415', async () => {
    const body = JSON.stringify({ service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await call(api.origin, 'POST', '/api/booking/appointments', { body, headers: { 'Content-Type': type, 'Idempotency-Key': `type-${type}` } });
      expect(answer.status, type).toBe(415);
      expect(answer.json.error).toBe('unsupported-media-type');
    }
  });

  it('throttles wrong staff tokens per address: after 10 failures even the right token waits (429)', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const wrong = await call(api.origin, 'GET', '/api/staff/callbacks', { headers: { Authorization: `Bearer gæt-${attempt}` } });
      expect(wrong.status).toBe(401);
    }
    const locked = await call(api.origin, 'GET', '/api/staff/callbacks', { headers: staff });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses to start with a staff token under 32 characters, and says how to make one', () => {
    expect(() => createDemoServer({ dbFile: `${tempDir()}/short.sqlite`, staffToken: 'kort-nøgle', log: () => {} }))
      .toThrow(/mindst 32.*randomBytes/s);
  });

  it('lets one phone number or e-mail address hold at most 2 future bookings of a service (409 too-many-bookings)', async () => {
    const limited = await startServer({ dbFile: `${tempDir()}/limit.sqlite`, now: clock.now, municipality: (await realKnowledge()).municipality });
    try {
      const at = (time: string) => ({ service: 'pas', start: `2026-11-24T${time}:00+01:00`, ...citizen });
      expect((await book(limited.origin, at('10:00'))).status).toBe(201);
      expect((await book(limited.origin, at('10:15'))).status).toBe(201);
      const third = await book(limited.origin, at('10:30'));
      expect(third.status).toBe(409);
      expect(third.json.error).toBe('too-many-bookings');
      expect(third.json.message).toMatch(/ring til Borgerservice på \d\d/);
      // The same e-mail address with another phone number counts too; another service does not.
      expect((await book(limited.origin, { ...at('10:45'), phone: '87 65 43 21' })).json.error).toBe('too-many-bookings');
      expect((await book(limited.origin, { ...at('11:00'), service: 'mitid' })).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
