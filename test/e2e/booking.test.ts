/**
 * End to end: a citizen books a passport appointment and asks for a call-back in the widget on the
 * demo site, against the real booking service and SQLite; staff see both.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';

const staffToken = 'e2e-staff-token-at-least-32-characters';
let site: DemoSite;
let page: Page;
let origin: string;

beforeAll(async () => {
  site = await startDemoSite(staffToken);
  origin = site.origin;
  page = await site.browser.newPage();
  await page.goto(`${origin}/kontakt.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('vejviser-widget')?.shadowRoot?.querySelector('input'));
});

afterAll(() => site?.close());

/** Runs `fn` with the widget's shadow root; returns what it returns. */
const inWidget = <T>(fn: (shadow: ShadowRoot) => T) =>
  page.evaluate(`(${fn.toString()})(document.querySelector('vejviser-widget').shadowRoot)`) as Promise<T>;

/** Waits until `fn` returns something truthy inside the widget. */
async function waitInWidget(fn: (shadow: ShadowRoot) => unknown): Promise<void> {
  await page.waitForFunction(`!!(${fn.toString()})(document.querySelector('vejviser-widget').shadowRoot)`, { timeout: 10_000 });
}

async function ask(text: string) {
  await inWidget((shadow) => shadow.querySelector<HTMLInputElement>('input')!.focus());
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
}

const staff = (path: string) => fetch(`${origin}${path}`, { headers: { Authorization: `Bearer ${staffToken}` } }).then((r) => r.json());

describe('booking in the widget', () => {
  let code = '';

  it('books a passport appointment from "nyt pas" through to the confirmation', async () => {
    await ask('nyt pas');
    await waitInWidget((s) => [...s.querySelectorAll('.card h3')].some((h) => h.textContent === 'Pas'));
    await inWidget((s) => s.querySelector<HTMLButtonElement>('.card ol.steps > li button')!.click());
    await waitInWidget((s) => s.querySelector('.booking .slot-day button'));
    await inWidget((s) => s.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
    await waitInWidget((s) => s.querySelector('.booking form input'));
    const focused = await inWidget((s) => s.activeElement?.tagName);
    expect(focused).toBe('H4'); // focus follows to the form's heading
    await inWidget((s) => s.querySelector<HTMLInputElement>('.booking input[autocomplete="name"]')!.focus());
    await page.keyboard.type('Karen Hansen');
    await inWidget((s) => s.querySelector<HTMLInputElement>('.booking input[type="tel"]')!.focus());
    await page.keyboard.type('12 34 56 78');
    await inWidget((s) => s.querySelector<HTMLInputElement>('.booking input[autocomplete="off"]')!.focus());
    await page.keyboard.type('Jeg har CPR 010190-1234 med');
    await page.keyboard.press('Enter');
    await waitInWidget((s) => s.querySelector('.booking div[role="status"] strong'));
    const confirmation = await inWidget((s) => s.querySelector('.booking div[role="status"]')!.textContent!);
    expect(confirmation).toContain('Rådhustorvet 1');
    expect(confirmation).toContain('Din kode:');
    code = confirmation.match(/Din kode: (\S+)\./)![1];
    const ics = await inWidget((s) => s.querySelector<HTMLAnchorElement>('.booking a[download]')!.href);
    const calendar = await (await fetch(ics)).text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('\r\n');
  });

  it('shows the appointment to staff, without the CPR number the citizen typed', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const days = await Promise.all(Array.from({ length: 21 }, (_, i) => {
      const date = new Date(`${today}T12:00:00Z`);
      date.setUTCDate(date.getUTCDate() + i);
      return staff(`/api/staff/appointments?date=${date.toISOString().slice(0, 10)}`);
    }));
    const all = days.flatMap((day) => (Array.isArray(day) ? day : day.appointments ?? []));
    const mine = all.find((appointment: { code?: string; name?: string }) => appointment.name === 'Karen Hansen');
    expect(mine).toBeDefined();
    expect(JSON.stringify(all)).not.toContain('010190');
    expect(code).not.toBe('');
  });

  it('cancels the appointment with its code', async () => {
    await inWidget((s) => s.querySelector<HTMLButtonElement>('.booking button.reset')!.click());
    await waitInWidget((s) => s.querySelector('.booking h4')?.textContent === 'Din tid er aflyst');
  });

  it('asks for a call-back about pension, and staff see it', async () => {
    await ask('folkepension');
    await waitInWidget((s) => [...s.querySelectorAll('.card ol.steps button')].some((b) => b.textContent === 'Bliv ringet op'));
    await inWidget((s) => [...s.querySelectorAll<HTMLButtonElement>('.card ol.steps button')].find((b) => b.textContent === 'Bliv ringet op')!.click());
    await waitInWidget((s) => s.querySelector('.booking input[type="radio"]'));
    await inWidget((s) => s.querySelector<HTMLInputElement>('.booking input[type="radio"]')!.click());
    await inWidget((s) => [...s.querySelectorAll<HTMLInputElement>('.booking input[type="tel"]')].at(-1)!.focus());
    await page.keyboard.type('87 65 43 21');
    await page.keyboard.press('Enter');
    await waitInWidget((s) => [...s.querySelectorAll('.booking h4')].some((h) => h.textContent === 'Vi ringer til dig'));
    const callbacks = await staff('/api/staff/callbacks');
    const list = Array.isArray(callbacks) ? callbacks : callbacks.callbacks;
    expect(list.some((callback: { phone: string; topic: string }) => callback.phone.replace(/\D/g, '').endsWith('87654321') && callback.topic === 'pension')).toBe(true);
  });
});
