import { describe, expect, it } from 'vitest';
import type { Appointment, Slot } from '../../widget/src/core/booking.ts';
import { BookingError, type BookingClient } from '../../widget/src/model/booking-client.ts';
import { createBookingFlow, createCallbackFlow } from '../../widget/src/model/booking-flow.ts';

const slotA: Slot = { start: '2026-11-24T10:00:00+01:00', end: '2026-11-24T10:15:00+01:00' };
const slotB: Slot = { start: '2026-11-24T10:15:00+01:00', end: '2026-11-24T10:30:00+01:00' };

/** A scripted API: each call to book answers with the next outcome; it records what was sent. */
function scripted(outcomes: ('ok' | 'taken' | 'limit' | 'down')[]) {
  const sent: { body: Record<string, unknown>; key: string }[] = [];
  let slotLoads = 0;
  const client: BookingClient = {
    async slots() {
      slotLoads++;
      return slotLoads === 1 ? [slotA, slotB] : [slotB];
    },
    async book(body, key) {
      sent.push({ body, key });
      const outcome = outcomes.shift();
      if (outcome === 'taken') throw new BookingError('taken', 'taken');
      if (outcome === 'down') throw new BookingError('down', 'down');
      if (outcome === 'limit') throw new BookingError('limit', 'limit');
      return { id: 'a1', code: 'K7Q2', service: body.service, start: body.start, end: slotA.end, location: 'Rådhustorvet 1' } as Appointment;
    },
    async cancel() {},
    icsUrl: (a) => `/api/booking/appointments/${a.id}.ics?code=${a.code}`,
    async windows() { return [{ id: 'w1', label: 'Mandag formiddag', start: '', end: '' }]; },
    async requestCallback(body, key) { sent.push({ body, key }); },
  };
  return { client, sent, slotLoads: () => slotLoads };
}

async function filledFlow(outcomes: ('ok' | 'taken' | 'limit' | 'down')[]) {
  const api = scripted(outcomes);
  const flow = createBookingFlow(api.client, 'pas', () => new Date('2026-11-23T10:00:00+01:00'));
  await flow.load();
  flow.choose(flow.slots.value[0]);
  flow.update('name', 'Karen Hansen');
  flow.update('phone', '12 34 56 78');
  flow.update('note', 'Mit cpr er 010190-1234, jeg kommer med min søn');
  return { flow, ...api };
}

describe('the booking flow', () => {
  it('books the chosen time and sends no CPR number', async () => {
    const { flow, sent } = await filledFlow(['ok']);
    await flow.submit();
    expect(flow.step.value).toBe('done');
    expect(flow.appointment.value?.code).toBe('K7Q2');
    expect(sent[0].body).toMatchObject({ service: 'pas', start: slotA.start, name: 'Karen Hansen', phone: '12 34 56 78' });
    expect(JSON.stringify(sent)).not.toContain('1234');
  });

  it('keeps what was typed and shows fresh times when the slot was taken meanwhile', async () => {
    const { flow, slotLoads } = await filledFlow(['taken']);
    await flow.submit();
    expect(flow.step.value).toBe('slots');
    expect(flow.problem.value).toBe('taken');
    expect(slotLoads()).toBe(2);
    expect(flow.slots.value).toEqual([slotB]);
    expect(flow.form.value.name).toBe('Karen Hansen');
  });

  it('keeps the form when the service is down, and retries with the same key so it cannot book twice', async () => {
    const { flow, sent } = await filledFlow(['down', 'ok']);
    await flow.submit();
    expect(flow.step.value).toBe('form');
    expect(flow.problem.value).toBe('down');
    expect(flow.form.value.phone).toBe('12 34 56 78');
    await flow.submit();
    expect(flow.step.value).toBe('done');
    expect(sent[1].key).toBe(sent[0].key);
  });

  it('keeps the form and says why when the citizen already holds as many bookings as allowed', async () => {
    const { flow } = await filledFlow(['limit']);
    await flow.submit();
    expect(flow.step.value).toBe('form');
    expect(flow.problem.value).toBe('limit');
    expect(flow.form.value.name).toBe('Karen Hansen');
  });

  it('refuses a CPR number typed into the e-mail field, says why, and sends nothing', async () => {
    const { flow, sent } = await filledFlow(['ok']);
    flow.update('email', '010203-1234');
    await flow.submit();
    expect(flow.step.value).toBe('form');
    expect(flow.errors.value.email).toMatch(/CPR-nummer/);
    expect(sent).toEqual([]);
  });

  it('refuses invisible and direction-changing characters in the name before sending, in the citizen\'s language', async () => {
    const { flow, sent } = await filledFlow(['ok']);
    flow.update('name', 'Karen \u202eHansen');
    await flow.submit();
    expect(flow.errors.value.name).toMatch(/usynlige tegn/);
    expect(sent).toEqual([]);
  });

  it('uses a new key for a new time', async () => {
    const { flow, sent } = await filledFlow(['taken', 'ok']);
    await flow.submit();
    flow.choose(flow.slots.value[0]);
    await flow.submit();
    expect(sent[1].key).not.toBe(sent[0].key);
  });

  it('explains in Danish what is missing before sending anything', async () => {
    const api = scripted(['ok']);
    const flow = createBookingFlow(api.client, 'pas');
    await flow.load();
    flow.choose(flow.slots.value[0]);
    flow.update('phone', '1234');
    await flow.submit();
    expect(flow.errors.value).toMatchObject({ name: 'Skriv dit navn.', phone: expect.stringContaining('8 cifre') });
    expect(api.sent).toEqual([]);
  });
});

describe('the call-back flow', () => {
  it('needs a Danish phone number and a window, then sends the request without CPR numbers', async () => {
    const api = scripted([]);
    const flow = createCallbackFlow(api.client, 'pension');
    await flow.load();
    flow.phone.value = '123';
    await flow.submit();
    expect(flow.error.value).toContain('8 cifre');
    flow.phone.value = '+45 12 34 56 78';
    flow.chosenWindow.value = 'w1';
    flow.note.value = '0101901234 om min pension';
    await flow.submit();
    expect(flow.sent.value).toBe(true);
    expect(api.sent[0].body).toMatchObject({ topic: 'pension', window: 'w1', note: 'om min pension' });
  });
});
