/** Booking, cancelling and the calendar file: one slot, one booking, whatever the clients do. */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scrubCpr } from '../../widget/src/core/cpr.ts';
import { book, call, citizen, removeTempDirs, requestCallback, staff, startServer, tempDir, testClock, type RunningServer } from './helpers.ts';

const clock = testClock('2026-11-20', '11:50');
const logLines: string[] = [];
let api: RunningServer;
let dbFile: string;

beforeAll(async () => {
  dbFile = `${tempDir()}/booking.sqlite`;
  // Everything the server writes anywhere, to check no personal data is logged.
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { logLines.push(args.map(String).join(' ')); });
  }
  api = await startServer({ dbFile, now: clock.now, log: (line) => logLines.push(line) });
});
afterAll(async () => {
  await api.close();
  vi.restoreAllMocks();
  removeTempDirs();
});

/** All rows of a table, read straight from the SQLite file. */
function rows(table: string): Record<string, unknown>[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const freeStarts = async (service: string, from: string): Promise<string[]> =>
  (await call(api.origin, 'GET', `/api/booking/slots?service=${service}&from=${from}&days=1`)).json.map((slot: { start: string }) => slot.start);

describe('POST /api/booking/appointments', () => {
  it('books a free slot: 201 with id, code, service, start, end and place', async () => {
    const answer = await book(api.origin, { service: 'pas', start: '2026-11-23T10:00:00+01:00', ...citizen, note: 'Jeg kommer med min datter.' });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.json).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      service: 'pas',
      start: '2026-11-23T10:00:00+01:00',
      end: '2026-11-23T10:15:00+01:00',
      location: 'Borgerservice Eksempelby, Rådhustorvet 1, 9999 Eksempelby',
    });
    expect(await freeStarts('pas', '2026-11-23')).not.toContain('2026-11-23T10:00:00+01:00');
  });

  it('accepts the same instant written in UTC, and phone with +45 and spaces', async () => {
    const answer = await book(api.origin, { service: 'pas', start: '2026-11-23T09:15:00Z', name: 'Ole', phone: '+45 87 65 43 21' });
    expect(answer.status).toBe(201);
    expect(answer.json.start).toBe('2026-11-23T10:15:00+01:00');
  });

  it('gives one slot to exactly one of 50 clients booking it at the same moment (49 × 409)', async () => {
    const start = '2026-11-24T11:00:00+01:00';
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => book(api.origin, { service: 'mitid', start, ...citizen, name: `Borger ${i}` })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 409 && status !== 201), JSON.stringify(answers.filter((answer) => answer.status !== 409 && answer.status !== 201).map((answer) => answer.json))).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(answers.find((answer) => answer.status === 409)?.json).toEqual({ error: 'slot-taken', message: expect.stringContaining('Vælg en anden tid') });
    expect(rows('appointments').filter((row) => row.service === 'mitid' && row.start_iso === start)).toHaveLength(1);
  });

  it('answers the same Idempotency-Key with the same booking, never a second one', async () => {
    const key = randomUUID();
    const body = { service: 'vielse', start: '2026-11-25T13:00:00+01:00', ...citizen };
    const first = await book(api.origin, body, key);
    const again = await book(api.origin, body, key);
    const concurrent = await Promise.all([book(api.origin, body, key), book(api.origin, body, key)]);
    expect(first.status).toBe(201);
    for (const answer of [again, ...concurrent]) {
      expect(answer.status).toBe(201);
      expect(answer.text).toBe(first.text);
    }
    // Another body with the same key gets 422: never the first booking, whose cancel code it holds.
    const reused = await book(api.origin, { ...body, start: '2026-11-25T13:30:00+01:00' }, key);
    expect(reused.status).toBe(422);
    expect(reused.json.error).toBe('idempotency-key-reused');
    expect(reused.text).not.toContain(first.json.code);
    expect(rows('appointments').filter((row) => row.service === 'vielse')).toHaveLength(1);
  });

  it('keeps keys apart per client origin, and refuses a key shaped like a CPR number', async () => {
    const key = randomUUID();
    const body = { service: 'vielse', start: '2026-11-25T14:00:00+01:00', ...citizen };
    const here = await call(api.origin, 'POST', '/api/booking/appointments', { body, headers: { 'Idempotency-Key': key, Origin: 'https://a.example' } });
    const there = await call(api.origin, 'POST', '/api/booking/appointments', { body, headers: { 'Idempotency-Key': key, Origin: 'https://b.example' } });
    expect(here.status).toBe(201);
    // The other origin's request is a new booking attempt, so it finds the slot taken.
    expect(there.status).toBe(409);
    const cpr = await book(api.origin, { ...body, start: '2026-11-25T14:30:00+01:00' }, '010203-1234');
    expect(cpr.status).toBe(400);
    expect(cpr.json.fields['Idempotency-Key']).toMatch(/CPR/);
    expect((await book(api.origin, { ...body, start: '2026-11-25T14:30:00+01:00' }, 'cpr-0102031234')).status).toBe(400);
  });

  it('refuses impossible dates, times beyond the booking horizon and invisible characters (400)', async () => {
    const body = { service: 'pas', ...citizen };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...body, start: '2027-02-30T10:00:00+01:00' }, 'start'],
      [{ ...body, start: '2026-11-23T25:00:00+01:00' }, 'start'],
      [{ ...body, start: '2027-01-20T10:00:00+01:00' }, 'start'], // 61 days ahead; the horizon is 60
      [{ ...body, start: '2099-11-23T10:00:00+01:00' }, 'start'],
      [{ ...body, start: '9999-11-23T10:00:00+01:00' }, 'start'],
      [{ ...body, start: '2026-11-23T10:00:00+01:00', name: 'Karen \u202eTestesen' }, 'name'],
      [{ ...body, start: '2026-11-23T10:00:00+01:00', name: 'Ka\u200bren' }, 'name'],
      [{ ...body, start: '2026-11-23T10:00:00+01:00', note: 'ring \u0007 mig' }, 'note'],
      [{ ...body, start: '2026-11-23T10:00:00+01:00', email: '010203-1234' }, 'email'],
    ];
    for (const [candidate, field] of cases) {
      const answer = await book(api.origin, candidate);
      expect(answer.status, JSON.stringify(candidate)).toBe(400);
      expect(answer.json.fields[field], JSON.stringify(candidate)).toBeTruthy();
    }
    // A note keeps its line breaks.
    expect((await book(api.origin, { ...body, start: '2026-11-30T10:00:00+01:00', note: 'første linje\nanden linje' })).status).toBe(201);
  });

  it('refuses invalid fields with a Danish message per field', async () => {
    const answer = await book(api.origin, { service: 'pas', start: 'i morgen', name: ' ', phone: '1234', email: 'ikke-en-adresse', note: 'x'.repeat(501) });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: 'invalid',
      message: expect.any(String),
      fields: {
        start: 'Vælg en af de ledige tider.',
        name: 'Skriv dit navn.',
        phone: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.',
        email: 'Skriv en e-mailadresse som navn@eksempel.dk.',
        note: 'Bemærkningen må højst være 500 tegn.',
      },
    });
    const noContact = await book(api.origin, { service: 'pas', start: '2026-11-23T11:00:00+01:00', name: 'Ole', phone: '', email: '  ' });
    expect(noContact.json.fields).toEqual({ phone: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan kontakte dig.' });
    const wrongTypes = await book(api.origin, { service: 3, start: null, name: ['Ole'], phone: 12345678 });
    expect(Object.keys(wrongTypes.json.fields).sort()).toEqual(['name', 'phone', 'service', 'start']);
    expect(Object.values(wrongTypes.json.fields).join(' ')).not.toMatch(/expected|invalid/i);
  });

  it('refuses a time that is not a slot (400) and one that has passed (409)', async () => {
    const offGrid = await book(api.origin, { service: 'pas', start: '2026-11-23T10:07:00+01:00', ...citizen });
    expect(offGrid.status).toBe(400);
    expect(offGrid.json.fields).toEqual({ start: 'Vælg en af de ledige tider.' });
    const closed = await book(api.origin, { service: 'pas', start: '2026-12-24T10:00:00+01:00', ...citizen });
    expect(closed.status).toBe(400);
    const past = await book(api.origin, { service: 'pas', start: '2026-11-20T11:45:00+01:00', ...citizen });
    expect(past.status).toBe(409);
    expect(past.json.error).toBe('slot-unavailable');
  });

  it('requires an Idempotency-Key', async () => {
    const answer = await call(api.origin, 'POST', '/api/booking/appointments', { body: { service: 'pas', start: '2026-11-23T11:00:00+01:00', ...citizen } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.json.fields)).toEqual(['Idempotency-Key']);
  });
});

describe('cancelling', () => {
  it('refuses a wrong code (403) and an unknown booking (404); the right code cancels and frees the slot', async () => {
    const start = '2026-11-26T14:00:00+01:00';
    const { json: booking } = await book(api.origin, { service: 'borgerservice', start, ...citizen });
    const cancel = (id: string, code: unknown) => call(api.origin, 'POST', `/api/booking/appointments/${id}/cancel`, { body: { code } });

    expect((await cancel(booking.id, 'AAAA-BBBB')).status).toBe(403);
    expect((await cancel(randomUUID(), booking.code)).status).toBe(404);
    expect((await cancel('ikke-et-id', booking.code)).status).toBe(404);
    expect((await cancel(booking.id, '')).status).toBe(400);
    expect(await freeStarts('borgerservice', '2026-11-26')).not.toContain(start);

    const ok = await cancel(booking.id, booking.code.toLowerCase());
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ id: booking.id, cancelled: true });
    expect((await cancel(booking.id, booking.code)).status).toBe(200); // again is harmless
    expect(await freeStarts('borgerservice', '2026-11-26')).toContain(start);
    const rebooked = await book(api.origin, { service: 'borgerservice', start, ...citizen, name: 'En anden' });
    expect(rebooked.status).toBe(201);
    expect(rebooked.json.id).not.toBe(booking.id);
  });
});

describe('GET /api/booking/appointments/ID.ics', () => {
  it('is an RFC 5545 calendar: CRLF, VEVENT with UTC times, place, what to bring and the code, folded at 75 octets', async () => {
    const { json: booking } = await book(api.origin, { service: 'vielse', start: '2026-11-26T16:30:00+01:00', ...citizen });
    const answer = await call(api.origin, 'GET', `/api/booking/appointments/${booking.id}.ics?code=${booking.code}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="borgerservice-2026-11-26.ics"');
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const ics = answer.text;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare LF or CR anywhere
    const physical = ics.slice(0, -2).split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true); // the long description was folded

    const unfolded = ics.replace(/\r\n /g, '');
    const lines = unfolded.split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([
      'VERSION:2.0', 'BEGIN:VEVENT', `UID:${booking.id}@vejviser`, 'DTSTART:20261126T153000Z', 'DTEND:20261126T160000Z',
      'SUMMARY:Vielse på rådhuset – Borgerservice Eksempelby', 'LOCATION:Borgerservice Eksempelby\\, Rådhustorvet 1\\, 9999 Eksempelby',
      'STATUS:CONFIRMED', 'END:VEVENT',
    ]));
    expect(lines.find((line) => line.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const description = lines.find((line) => line.startsWith('DESCRIPTION:'));
    expect(description).toContain('Tag begge billedlegitimation og to vidner med.');
    expect(description).toContain(`Referencekode: ${booking.code}`);
    // Folding never splits a UTF-8 character: the unfolded text is valid and complete.
    expect(unfolded).toContain('Prøv jeres ægteskab på borger.dk først.');

    expect((await call(api.origin, 'GET', `/api/booking/appointments/${booking.id}.ics?code=XXXX-XXXX`)).status).toBe(403);
    expect((await call(api.origin, 'GET', `/api/booking/appointments/${randomUUID()}.ics?code=${booking.code}`)).status).toBe(404);
    expect((await call(api.origin, 'GET', `/api/booking/appointments/${booking.id}.ics`)).status).toBe(400);
  });
});

describe('privacy', () => {
  it('stores no CPR number typed into the name or the note, on the server as in the widget', async () => {
    const answer = await book(api.origin, {
      service: 'mitid',
      start: '2026-11-27T10:00:00+01:00',
      name: 'Jens Jensen 010190-1234',
      phone: '12 34 56 78',
      note: 'Mit CPR er 0101901234, hvis I skal bruge det.',
    });
    expect(answer.status).toBe(201);
    const stored = rows('appointments').find((row) => row.id === answer.json.id)!;
    expect(stored.name).toBe('Jens Jensen');
    expect(stored.note).toBe('Mit , hvis I skal bruge det.');
    const everything = JSON.stringify([rows('appointments'), rows('callbacks'), rows('idempotency_keys')]);
    expect(everything).not.toContain('010190');
  });

  it('scrubs call-back notes with exactly the widget\'s rules', async () => {
    const notes = [
      'cpr 010190-1234 tak', '01.01.90 - 1234', '０１０１９０１２３４ fuld bredde', '311299 1234', 'kundenr. 9912345678 beholdes', 'Ring efter 14',
    ];
    for (const note of notes) {
      expect((await requestCallback(api.origin, { topic: 'pension', phone: '12345678', window: '2026-11-23-am', note })).status).toBe(201);
    }
    const stored = (await call(api.origin, 'GET', '/api/staff/callbacks', { headers: staff })).json.map((callback: { note: string | null }) => callback.note);
    expect(stored).toEqual(notes.map((note) => scrubCpr(note).text.trim() || null)); // a note that was only a CPR number is no note
    expect(stored).toContain('kundenr. 9912345678 beholdes'); // not a date, so not a CPR number
  });

  it('has no CPR field: one sent anyway is not stored', async () => {
    const answer = await book(api.origin, { service: 'mitid', start: '2026-11-27T10:20:00+01:00', ...citizen, cpr: '0101901234' });
    expect(answer.status).toBe(201);
    expect(JSON.stringify(rows('appointments'))).not.toContain('0101901234');
  });

  it('logs no personal data and sets no cookies', async () => {
    const answer = await call(api.origin, 'GET', '/api/booking/services');
    expect(answer.headers.get('set-cookie')).toBeNull();
    const logged = logLines.join('\n');
    for (const personal of [citizen.name, citizen.phone, citizen.email, 'Jens', 'datter', '1234']) expect(logged).not.toContain(personal);
  });
});
