/** Call-back requests, and the staff routes that list and close them. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, call, citizen, removeTempDirs, requestCallback, staff, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

const clock = testClock('2026-11-20', '11:50');
let api: RunningServer;

beforeAll(async () => {
  api = await startServer({ dbFile: `${tempDir()}/callbacks.sqlite`, now: clock.now });
});
afterAll(async () => {
  await api.close();
  removeTempDirs();
});

describe('POST /api/callbacks', () => {
  it('records a request: 201 with id, topic, window and the phone number as Danes write it', async () => {
    const answer = await requestCallback(api.origin, { topic: 'boligstoette', phone: '0045 11223344', window: '2026-11-23-pm', note: 'Om boligindskud' });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), topic: 'boligstoette', window: '2026-11-23-pm', phone: '11 22 33 44' });
  });

  it('answers the same Idempotency-Key with the same request', async () => {
    const key = randomUUID();
    const body = { topic: 'pension', phone: '22334455', window: '2026-11-24-am' };
    const first = await requestCallback(api.origin, body, key);
    const again = await requestCallback(api.origin, body, key);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    const open = (await call(api.origin, 'GET', '/api/staff/callbacks', { headers: staff })).json;
    expect(open.filter((callback: { phone: string }) => callback.phone === '22 33 44 55')).toHaveLength(1);
  });

  it('refuses an unknown topic, a window not on offer and a foreign phone number, in Danish', async () => {
    const answer = await requestCallback(api.origin, { topic: 'skat', phone: '+46 70 123 45 67', window: '2026-11-20-am' });
    expect(answer.status).toBe(400);
    expect(answer.json.fields).toEqual({
      topic: 'Vælg, hvad opkaldet drejer sig om.',
      phone: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.',
    });
    const begun = await requestCallback(api.origin, { topic: 'pension', phone: '12345678', window: '2026-11-20-am' }); // 9–12, begun at 11:50
    expect(begun.status).toBe(400);
    expect(begun.json.fields).toEqual({ window: 'Det tidsrum kan ikke længere vælges. Vælg et andet.' });
    expect((await requestCallback(api.origin, { topic: 'pension', phone: '12345678' })).json.fields).toEqual({ window: 'Vælg, hvornår vi må ringe.' });
  });
});

describe('staff routes', () => {
  const routes = [
    ['GET', '/api/staff/appointments?date=2026-11-23'],
    ['GET', '/api/staff/callbacks'],
    ['POST', `/api/staff/callbacks/${randomUUID()}/handled`],
  ] as const;

  it('answer 401 JSON without the token or with a wrong one', async () => {
    for (const [method, path] of routes) {
      for (const headers of [{}, { Authorization: 'Bearer forkert' }, { Authorization: 'Basic cGVyc29uYWxl' }] as Record<string, string>[]) {
        const answer = await call(api.origin, method, path, { headers });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.headers.get('www-authenticate')).toContain('Bearer');
        expect(answer.json.error).toBe('unauthorized');
      }
    }
  });

  it('list a day\'s appointments with the citizen\'s details, in time order', async () => {
    await book(api.origin, { service: 'koerekort', start: '2026-11-23T11:00:00+01:00', ...citizen, note: 'Fornyelse' });
    await book(api.origin, { service: 'pas', start: '2026-11-23T10:30:00+01:00', name: 'Ole', email: 'ole@eksempel.example' });
    await book(api.origin, { service: 'pas', start: '2026-11-24T10:30:00+01:00', name: 'Ida', email: 'ida@eksempel.example' });
    const answer = await call(api.origin, 'GET', '/api/staff/appointments?date=2026-11-23', { headers: staff });
    expect(answer.status).toBe(200);
    expect(answer.json.map((row: { start: string; name: string }) => `${row.start} ${row.name}`)).toEqual([
      '2026-11-23T10:30:00+01:00 Ole', '2026-11-23T11:00:00+01:00 Karen Testesen',
    ]);
    expect(answer.json[1]).toMatchObject({ serviceName: 'Kørekort', phone: '12 34 56 78', email: citizen.email, note: 'Fornyelse', code: expect.any(String) });
    expect((await call(api.origin, 'GET', '/api/staff/appointments?date=23-11-2026', { headers: staff })).status).toBe(400);
  });

  it('list open call-backs and take one off the list when it is marked as called', async () => {
    const { json: request } = await requestCallback(api.origin, { topic: 'sygedagpenge', phone: '33445566', window: '2026-11-25-am' });
    const open = async () => (await call(api.origin, 'GET', '/api/staff/callbacks', { headers: staff })).json as { id: string }[];
    const listed = (await open()).find((callback) => callback.id === request.id);
    expect(listed).toEqual({
      id: request.id, topic: 'sygedagpenge', topicLabel: 'Sygedagpenge', window: '2026-11-25-am', windowLabel: 'onsdag 25. november kl. 9–12',
      start: '2026-11-25T09:00:00+01:00', end: '2026-11-25T12:00:00+01:00', phone: '33 44 55 66', note: null, createdAt: '2026-11-20T11:50:00+01:00',
    });
    const handled = await call(api.origin, 'POST', `/api/staff/callbacks/${request.id}/handled`, { headers: staff });
    expect(handled.status).toBe(200);
    expect(handled.json).toEqual({ id: request.id, handled: true });
    expect((await open()).map((callback) => callback.id)).not.toContain(request.id);
    expect((await call(api.origin, 'POST', `/api/staff/callbacks/${randomUUID()}/handled`, { headers: staff })).status).toBe(404);
  });
});
