/** The HTTP edges: malformed and oversized bodies, unknown routes, wrong methods, headers, rate limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, call, citizen, removeTempDirs, requestCallback, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

const clock = testClock('2026-11-20', '11:50');
let api: RunningServer;

beforeAll(async () => {
  api = await startServer({ dbFile: `${tempDir()}/http.sqlite`, now: clock.now });
});
afterAll(async () => {
  await api.close();
  removeTempDirs();
});

describe('the API over HTTP', () => {
  it('answers malformed JSON with 400 JSON, and a body that is not an object too', async () => {
    for (const [i, body] of ['{"service": "pas",', '', '[1, 2]', 'null'].entries()) {
      const answer = await call(api.origin, 'POST', '/api/booking/appointments', { body, headers: { 'Idempotency-Key': `malformed-${i}` } });
      expect(answer.status, body).toBe(400);
      expect(answer.json.error).toBe('malformed');
      expect(answer.json.message).toMatch(/JSON/);
    }
  });

  it('refuses a body over 10 KB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen, note: 'x'.repeat(11 * 1024) });
    const declared = await call(api.origin, 'POST', '/api/booking/appointments', { body: big, headers: { 'Idempotency-Key': 'big-1' } });
    expect(declared.status).toBe(413);
    expect(declared.json.error).toBe('too-large');

    // Chunked, so the server only finds out while reading.
    const stream = new ReadableStream({ start(controller) { controller.enqueue(new TextEncoder().encode(big)); controller.close(); } });
    const response = await fetch(`${api.origin}/api/callbacks`, {
      method: 'POST', body: stream, headers: { 'Idempotency-Key': 'big-2', 'Content-Type': 'application/json' }, duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers unknown /api routes with 404 JSON and wrong methods with 405 JSON and Allow', async () => {
    for (const path of ['/api', '/api/', '/api/booking', '/api/booking/unknown', '/api/booking/appointments/x/y']) {
      const answer = await call(api.origin, 'GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(answer.json.error).toBe('not-found');
    }
    const wrong = await call(api.origin, 'DELETE', '/api/booking/slots?service=pas');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    expect(wrong.json.error).toBe('method-not-allowed');
    expect((await call(api.origin, 'GET', '/api/booking/appointments')).headers.get('allow')).toBe('POST');
  });

  it('sends every JSON answer as UTF-8 JSON, never cached, with no cookie', async () => {
    for (const [method, path] of [['GET', '/api/booking/services'], ['GET', '/api/callbacks/windows'], ['GET', '/api/nope'], ['GET', '/api/staff/callbacks']]) {
      const answer = await call(api.origin, method, path);
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
  });
});

describe('rate limiting', () => {
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await startServer({ dbFile: `${tempDir()}/limited.sqlite`, now: clock.now, rateLimit: { burst: 3, perMinute: 2 } });
  });
  afterAll(() => limited.close());

  it('allows a burst of creations per client, then answers 429 with Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await book(limited.origin, { service: 'pas', start: `2026-11-23T1${i}:00:00+01:00`, ...citizen })).status);
    expect(statuses).toEqual([201, 201, 201]);
    const refused = await requestCallback(limited.origin, { topic: 'pension', phone: '12345678', window: '2026-11-23-am' });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBe(30); // 2 per minute: one more in 30 s

    // Reading is not limited, and the bucket refills with time.
    expect((await call(limited.origin, 'GET', '/api/booking/services')).status).toBe(200);
    clock.ms += 30_000;
    try {
      expect((await requestCallback(limited.origin, { topic: 'pension', phone: '12345678', window: '2026-11-23-am' })).status).toBe(201);
    } finally {
      clock.ms -= 30_000;
    }
  });
});
