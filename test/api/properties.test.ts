/**
 * Random bodies, headers and addresses against the real server over HTTP: whatever arrives, the
 * answer is a 2xx or 4xx with a JSON message, never a 500 and never a stack trace in the log.
 * Settings (seed, number of runs): test/helpers/properties.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostileText, propertySettings } from '../helpers/properties.ts';
import { call, removeTempDirs, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

const clock = testClock('2026-11-20', '11:50');
const logged: string[] = [];
let api: RunningServer;

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
  api = await startServer({ dbFile: `${tempDir()}/properties.sqlite`, now: clock.now });
});
afterAll(async () => {
  await api.close();
  vi.restoreAllMocks();
  removeTempDirs();
});

/** A value for a field: usually text of the right kind, sometimes anything JSON can hold. */
const fieldValue = (plausible: fc.Arbitrary<string>) => fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const plausibleStart = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('00', '15', '30', '45', '61'), fc.constantFrom('+01:00', 'Z', '+02:00', '-99:99', ''))
  .map(([year, month, day, hour, minute, offset]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${minute}:00${offset}`);

const appointmentBody = fc.record({
  service: fieldValue(fc.constantFrom('pas', 'mitid', 'vielse', 'kørekort', '')),
  start: fieldValue(plausibleStart),
  name: fieldValue(fc.constantFrom('Karen Testesen', 'Ali', '')),
  phone: fieldValue(fc.constantFrom('12 34 56 78', '+45 12345678', '123')),
  email: fieldValue(fc.constantFrom('karen@eksempel.example', '010203-1234', 'ikke en adresse')),
  note: fieldValue(fc.constantFrom('', 'ring efter kl. 12')),
}, { requiredKeys: [] });

const ok = (status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500);

describe('booking service, on random input', () => {
  it('answers any appointment body with 2xx or 4xx and a JSON message', async () => {
    await fc.assert(fc.asyncProperty(appointmentBody, fc.uuid(), async (body, key) => {
      const answer = await call(api.origin, 'POST', '/api/booking/appointments', { body, headers: { 'Idempotency-Key': key } });
      expect(ok(answer.status), `${answer.status} ${answer.text}`).toBe(true);
      expect(typeof answer.json, answer.text).toBe('object');
    }), { ...propertySettings, numRuns: Math.min(propertySettings.numRuns, 150) });
    expect(logged).toEqual([]);
  });

  it('answers any slots query and any path under /api/ without a 500', async () => {
    const query = fc.record({ service: fieldValue(fc.constantFrom('pas', 'x')), from: fieldValue(plausibleStart.map((start) => start.slice(0, 10))), days: fieldValue(fc.constantFrom('1', '31', '0', '-1', '1e9', 'NaN')) }, { requiredKeys: [] });
    const path = fc.array(fc.oneof(fc.webSegment(), fc.constantFrom('%E0%A4%A', '%', '%00', '..', '%2e%2e', 'appointments', 'booking', 'x.ics')), { maxLength: 5 });
    await fc.assert(fc.asyncProperty(query, path, async (parameters, segments) => {
      const search = new URLSearchParams(Object.entries(parameters).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
      const slots = await call(api.origin, 'GET', `/api/booking/slots?${search}`);
      expect(ok(slots.status), `${slots.status} ${slots.text}`).toBe(true);
      const other = await call(api.origin, 'GET', `/api/${segments.join('/')}`);
      expect(ok(other.status), `${other.status} /api/${segments.join('/')}`).toBe(true);
    }), { ...propertySettings, numRuns: Math.min(propertySettings.numRuns, 150) });
    expect(logged).toEqual([]);
  });
});
