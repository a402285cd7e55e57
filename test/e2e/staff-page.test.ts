/**
 * End to end: the staff page (personale.html) in Chromium against the real booking service: the
 * token asked for and kept only in memory, a day's appointments, open call-backs marked as called,
 * status in a live region, and no axe violations.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAxeViolations, startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { repoRoot } from '../helpers/knowledge.ts';

const staffToken = 'e2e-personale-token-at-least-32-chars';
let site: DemoSite;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'dist', 'demo', 'personale.js'))) throw new Error('dist/ is missing: run npm run build first');
  site = await startDemoSite(staffToken);
  ({ browser, origin } = site);
});

afterAll(() => site?.close());

const post = (path: string, body: unknown) => fetch(`${origin}${path}`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() }, body: JSON.stringify(body),
}).then((response) => response.json());

async function logIn(page: Page, token: string) {
  await page.goto(`${origin}/personale.html`, { waitUntil: 'networkidle0' });
  await page.type('#token', token);
  await page.keyboard.press('Enter');
}

const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent?.trim() ?? '');

describe('the staff page', () => {
  it('refuses a wrong token with a message, and keeps nothing in storage', async () => {
    const page = await browser.newPage();
    await logIn(page, 'forkert');
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#error')!.hidden);
    expect(await text(page, '#error-text')).toBe('Adgangsnøglen passer ikke. Skriv den igen.');
    expect(await page.$eval('#staff', (element) => (element as HTMLElement).hidden)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    await page.close();
  });

  it('lists a day\'s appointments and open call-backs, and marks one as called', async () => {
    const [slot] = await fetch(`${origin}/api/booking/slots?service=pas&days=31`).then((response) => response.json()) as { start: string }[];
    const booking = await post('/api/booking/appointments', { service: 'pas', start: slot.start, name: 'Karen <b>Testesen</b>', phone: '12345678' });
    const [window] = await fetch(`${origin}/api/callbacks/windows`).then((response) => response.json()) as { id: string; label: string }[];
    await post('/api/callbacks', { topic: 'pension', phone: '87654321', window: window.id, note: 'Om folkepension' });

    const page = await browser.newPage();
    await page.setBypassCSP(true); // only so the test can inject axe-core below; the first test runs under the CSP
    await logIn(page, staffToken);
    await page.waitForFunction(() => /borger venter/.test(document.querySelector('#status')!.textContent ?? ''));
    expect(await page.$eval('#status', (element) => [element.getAttribute('role'), element.getAttribute('aria-live')])).toEqual(['status', 'polite']);
    expect(await page.$eval('#token', (input) => (input as HTMLInputElement).value)).toBe('');

    // The day with the booking, picked in the date field.
    await page.$eval('#day', (input, date) => { (input as HTMLInputElement).value = date; }, slot.start.slice(0, 10));
    await page.click('#day-form button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#appointments td[data-title="Navn"]'));
    const row = await page.$$eval('#appointments tr:first-child td', (cells) => cells.map((cell) => cell.textContent));
    expect(row).toEqual([
      `${slot.start.slice(11, 16).replace(':', '.')}–${booking.end.slice(11, 16).replace(':', '.')}`,
      'Pas', 'Karen <b>Testesen</b>', '12 34 56 78', '–', '–', booking.code,
    ]); // the name shown as typed: text, never HTML
    const headers = await page.$$eval('#appointments', ([body]) => [...body.closest('table')!.querySelectorAll('th[scope=col]')].map((th) => th.textContent));
    expect(headers).toEqual(['Tid', 'Ydelse', 'Navn', 'Telefon', 'E-mail', 'Bemærkning', 'Kode']);

    const callback = await page.$$eval('#callbacks tr:first-child td', (cells) => cells.map((cell) => cell.textContent));
    expect(callback.slice(0, 4)).toEqual([window.label, 'Pension', '87 65 43 21', 'Om folkepension']);

    const violations = await pageAxeViolations(page);
    expect(violations).toEqual([]);

    await page.focus('#callbacks button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /markeret som ringet op/.test(document.querySelector('#status')!.textContent ?? ''));
    expect(await text(page, '#status')).toBe('Opkaldet til 87 65 43 21 er markeret som ringet op.');
    expect(await text(page, '#callbacks')).toBe('Ingen borgere venter på at blive ringet op.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('callbacks-heading');
    const open = await fetch(`${origin}/api/staff/callbacks`, { headers: { Authorization: `Bearer ${staffToken}` } }).then((response) => response.json());
    expect(open).toEqual([]);

    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
    expect(await page.browserContext().cookies()).toEqual([]);
    await page.close();
  });
});
