/** Services, free slots and call-back windows, computed from municipality.yaml on a fixed clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, call, citizen, removeTempDirs, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

// Friday 20 November 2026, 11:50 in Copenhagen. Borgerservice is open 10–13 on Fridays.
const clock = testClock('2026-11-20', '11:50');
let api: RunningServer;

beforeAll(async () => {
  api = await startServer({ dbFile: `${tempDir()}/slots.sqlite`, now: clock.now });
});
afterAll(async () => {
  await api.close();
  removeTempDirs();
});

type Slot = { start: string; end: string };
const slots = async (query: string): Promise<Slot[]> => {
  const answer = await call(api.origin, 'GET', `/api/booking/slots?${query}`);
  expect(answer.status).toBe(200);
  return answer.json;
};
const localDate = (iso: string) => iso.slice(0, 10);
const localTime = (iso: string) => iso.slice(11, 16);

describe('GET /api/booking/services', () => {
  it('lists the booking services from municipality.yaml with place and what to bring', async () => {
    const answer = await call(api.origin, 'GET', '/api/booking/services');
    expect(answer.status).toBe(200);
    expect(answer.json).toHaveLength(7);
    expect(answer.json[0]).toEqual({
      id: 'pas',
      name: 'Pas',
      durationMinutes: 15,
      location: 'Borgerservice Eksempelby, Rådhustorvet 1, 9999 Eksempelby',
      prepare: 'Tag dit gamle pas og billedlegitimation med. Børn skal også møde op.',
    });
    expect(answer.json.find((service: { id: string }) => service.id === 'hjaelp-til-selvbetjening').prepare).toBe('');
  });
});

describe('GET /api/booking/slots', () => {
  it('offers only future slots: on Friday at 11:50 the first is 12:00 and the last ends at closing, 13:00', async () => {
    const today = await slots('service=pas&from=2026-11-20&days=1');
    expect(today.map((slot) => localTime(slot.start))).toEqual(['12:00', '12:15', '12:30', '12:45']);
    expect(today.at(-1)).toEqual({ start: '2026-11-20T12:45:00+01:00', end: '2026-11-20T13:00:00+01:00' });
  });

  it('puts every slot within the opening hours of its weekday, none at weekends', async () => {
    const week = await slots('service=mitid&from=2026-11-23&days=7'); // MitID: 20 minutes
    const hours: Record<string, [string, string]> = {
      '2026-11-23': ['10:00', '15:00'], '2026-11-24': ['10:00', '15:00'], '2026-11-25': ['10:00', '15:00'],
      '2026-11-26': ['10:00', '17:00'], '2026-11-27': ['10:00', '13:00'],
    };
    for (const slot of week) {
      const [opens, closes] = hours[localDate(slot.start)];
      expect(localTime(slot.start) >= opens && localTime(slot.end) <= closes, `${slot.start}–${slot.end}`).toBe(true);
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(20 * 60_000);
    }
    const perDay = (date: string) => week.filter((slot) => localDate(slot.start) === date).length;
    expect([perDay('2026-11-23'), perDay('2026-11-26'), perDay('2026-11-27'), perDay('2026-11-28'), perDay('2026-11-29')]).toEqual([15, 21, 9, 0, 0]);
    expect(week.filter((slot) => localDate(slot.start) === '2026-11-26').at(-1)?.start).toBe('2026-11-26T16:40:00+01:00');
  });

  it('has no slots on holidays, and the short hours of 23 December', async () => {
    const christmas = await slots('service=pas&from=2026-12-21&days=7');
    const dates = new Set(christmas.map((slot) => localDate(slot.start)));
    expect([...dates]).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
    const lillejuleaften = christmas.filter((slot) => localDate(slot.start) === '2026-12-23');
    expect(lillejuleaften[0].start).toBe('2026-12-23T10:00:00+01:00');
    expect(lillejuleaften.at(-1)?.end).toBe('2026-12-23T12:00:00+01:00');
  });

  it('offers no slot beyond the booking horizon, and refuses a start date past it (400)', async () => {
    const all = await slots('service=pas&from=2027-01-10&days=31');
    expect(all.every((slot) => localDate(slot.start) <= '2027-01-19')).toBe(true); // 60 days after 20 November
    expect(all.length).toBeGreaterThan(0);
    for (const from of ['2027-01-20', '9999-12-30']) {
      const answer = await call(api.origin, 'GET', `/api/booking/slots?service=pas&from=${from}&days=1`);
      expect(answer.status, from).toBe(400);
      expect(answer.json.fields.from, from).toMatch(/60 dage/);
    }
    const past = await call(api.origin, 'GET', '/api/booking/slots?service=pas&from=2026-01-01&days=1');
    expect(past.status).toBe(400);
    expect(past.json.fields.from).toMatch(/passeret/);
  });

  it('writes the Copenhagen offset right on both sides of a daylight-saving change', async () => {
    // Stand in February, so the spring change lies within the booking horizon.
    clock.set('2027-02-15', '09:00');
    const spring = await slots('service=pas&from=2027-03-22&days=10');
    clock.set('2026-11-20', '11:50');
    expect(spring.map((slot) => slot.start)).toContain('2027-03-24T10:00:00+01:00');
    expect(spring.map((slot) => slot.start)).toContain('2027-03-30T10:00:00+02:00');
    expect(Date.parse('2027-03-30T10:00:00+02:00')).toBe(Date.UTC(2027, 2, 30, 8, 0));
    // Skærtorsdag, langfredag and 2. påskedag are closed.
    expect(spring.some((slot) => ['2027-03-25', '2027-03-26', '2027-03-29'].includes(localDate(slot.start)))).toBe(false);

    clock.set('2027-10-01', '09:00');
    const autumn = await slots('service=pas&from=2027-10-29&days=4');
    clock.set('2026-11-20', '11:50');
    expect(autumn[0].start).toBe('2027-10-29T10:00:00+02:00');
    expect(autumn.map((slot) => slot.start)).toContain('2027-11-01T10:00:00+01:00');
    for (const slot of [...spring, ...autumn]) expect(slot.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
  });

  it('leaves out booked slots', async () => {
    expect((await book(api.origin, { service: 'koerekort', start: '2026-11-24T10:15:00+01:00', ...citizen })).status).toBe(201);
    const tuesday = await slots('service=koerekort&from=2026-11-24&days=1');
    expect(tuesday.map((slot) => localTime(slot.start)).slice(0, 3)).toEqual(['10:00', '10:30', '10:45']);
    // Another service keeps its own slot at the same time.
    expect((await slots('service=pas&from=2026-11-24&days=1'))[1].start).toBe('2026-11-24T10:15:00+01:00');
  });

  it('refuses a bad query with a Danish message per field', async () => {
    const answer = await call(api.origin, 'GET', '/api/booking/slots?service=ukendt&from=2026-13-01&days=32');
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'invalid',
      message: expect.any(String),
      fields: {
        service: 'Vælg en af de ydelser, der kan bookes.',
        from: 'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.',
        days: 'Antal dage skal være et tal fra 1 til 31.',
      },
    });
    expect((await call(api.origin, 'GET', '/api/booking/slots?service=pas&days=31')).status).toBe(200);
  });
});

describe('GET /api/callbacks/windows', () => {
  it('offers the windows not yet begun on the next five working days, cut to the phone hours', async () => {
    const answer = await call(api.origin, 'GET', '/api/callbacks/windows');
    expect(answer.status).toBe(200);
    expect(answer.json.map((window: { id: string }) => window.id)).toEqual([
      '2026-11-20-pm', '2026-11-23-am', '2026-11-23-pm', '2026-11-24-am', '2026-11-24-pm',
      '2026-11-25-am', '2026-11-25-pm', '2026-11-26-am', '2026-11-26-pm',
    ]);
    // Friday's phones close at 13, so the afternoon is one hour.
    expect(answer.json[0]).toEqual({
      id: '2026-11-20-pm', label: 'fredag 20. november kl. 12–13', start: '2026-11-20T12:00:00+01:00', end: '2026-11-20T13:00:00+01:00',
    });
    expect(answer.json[1].label).toBe('mandag 23. november kl. 9–12');
  });

  it('skips holidays and follows their shorter phone hours', async () => {
    clock.set('2026-12-22', '16:00');
    try {
      const answer = await call(api.origin, 'GET', '/api/callbacks/windows');
      expect(answer.json.map((window: { id: string; label: string }) => `${window.id} ${window.label}`).slice(0, 3)).toEqual([
        '2026-12-23-am onsdag 23. december kl. 10–12',
        '2026-12-28-am mandag 28. december kl. 9–12',
        '2026-12-28-pm mandag 28. december kl. 12–15',
      ]);
    } finally {
      clock.set('2026-11-20', '11:50');
    }
  });
});
