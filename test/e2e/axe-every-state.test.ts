/**
 * axe-core with the WCAG 2.2 AA tags in every state of every flow: closed, open and
 * empty, clarify, none, an answer with the profile question, the route with its explanation,
 * booking times, the booking form with validation errors, the confirmation, a call-back, the
 * booking service down, inline mode, possible and clear danger, and the whole conversation
 * switched to English; at 1280 and
 * 320 CSS px, with and without forced colours.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAxeViolations, startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { ask, desktop, inWidget, openPage, openWithKeyboard, phone, submitBookingForm, waitInWidget, type Viewport } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/** Opens a page at the viewport, in forced colours or not. */
async function preparedPage(path: string, viewport: Viewport, forced: boolean): Promise<Page> {
  const page = await openPage(site, path, viewport);
  // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
  if (forced) await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  return page;
}

/** Clicks the newest answer's step button with this text. */
const pressStep = (page: Page, text: string) => page.evaluate((wanted) => {
  const buttons = [...document.querySelector('vejviser-widget')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.card ol.steps button')];
  buttons.reverse().find((button) => button.textContent === wanted)!.click();
}, text);

/** Runs the flows on one page and returns the violations per state. */
async function floatingStates(viewport: Viewport, forced: boolean): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const page = await preparedPage('/', viewport, forced);
  const check = async (state: string) => {
    found[state] = await pageAxeViolations(page);
  };
  try {
  await check('closed');
  await openWithKeyboard(page);
  await check('open, empty');
  await ask(page, 'kort');
  await waitInWidget(page, (shadow) => shadow.querySelector('[role="log"] > :last-child .option'));
  await check('clarify');
  await ask(page, 'xyzzy plorp');
  await check('none');
  await ask(page, 'jeg skal flytte');
  await waitInWidget(page, (shadow) => shadow.querySelector('.card .profile'));
  await check('answer with the profile question');
  await inWidget(page, (shadow) => shadow.querySelectorAll<HTMLButtonElement>('.card .profile button')[1].click());
  await inWidget(page, (shadow) => { shadow.querySelectorAll<HTMLDetailsElement>('.card details.why').forEach((details) => { details.open = true; }); });
  await check('route with its explanation');
  await ask(page, 'nyt pas');
  await check('answer');
  await pressStep(page, 'Bestil tid');
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
  await check('booking times');
  await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking form'));
  await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.booking form button[type="submit"]')!.click());
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking [aria-invalid="true"]'));
  await check('booking form with validation errors');
  await submitBookingForm(page);
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking div[role="status"] strong'));
  await check('booking confirmation');
  await ask(page, 'min eks truer mig, hvordan får jeg hemmelig adresse');
  await waitInWidget(page, (shadow) => shadow.querySelector('.emergency.possible'));
  await check('possible danger above an answer');
  await ask(page, 'min far trækker ikke vejret');
  await waitInWidget(page, (shadow) => shadow.querySelector('.emergency.clear'));
  await check('clear danger: the emergency route');
  await ask(page, 'pension');
  await pressStep(page, 'Bliv ringet op');
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking input[type="radio"]'));
  await check('call-back form');
  await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.lang-switch')!.click());
  await waitInWidget(page, (shadow) => shadow.querySelector('h2')?.textContent === 'What do you need?');
  await check('the whole conversation in English');
  } catch (error) {
    throw new Error(`after "${Object.keys(found).pop()}": ${String(error)}`);
  } finally {
    await page.close();
  }
  return found;
}

/** The booking service unreachable: the citizen gets the phone number and a retry. */
async function backendDown(viewport: Viewport, forced: boolean): Promise<string[]> {
  const page = await preparedPage('/', viewport, forced);
  await page.setRequestInterception(true);
  page.on('request', (request) => void (request.url().includes('/api/') ? request.abort() : request.continue()));
  await openWithKeyboard(page);
  await ask(page, 'nyt pas');
  await pressStep(page, 'Bestil tid');
  await waitInWidget(page, (shadow) => shadow.querySelector('.booking [role="alert"]'));
  const violations = await pageAxeViolations(page);
  await page.close();
  return violations;
}

/** The inline widget on the contact page, with an answer. */
async function inline(viewport: Viewport, forced: boolean): Promise<string[]> {
  const page = await preparedPage('/kontakt.html', viewport, forced);
  // An inline widget loads when it scrolls into view; on a phone it starts below the fold.
  await page.evaluate(() => document.querySelector('vejviser-widget[mode="inline"]')!.scrollIntoView());
  await waitInWidget(page, (shadow) => shadow.querySelector('input'), true);
  await ask(page, 'jeg skal flytte', true);
  const violations = await pageAxeViolations(page);
  await page.close();
  return violations;
}

const combinations: [string, Viewport, boolean][] = [
  ['1280 px', desktop, false],
  ['320 px', phone, false],
  ['1280 px, forced colours', desktop, true],
  ['320 px, forced colours', phone, true],
];

describe('axe in every state', () => {
  for (const [name, viewport, forced] of combinations) {
    it(`finds no violations at ${name}`, async () => {
      const found = await floatingStates(viewport, forced);
      found['booking service down'] = await backendDown(viewport, forced);
      found['inline mode'] = await inline(viewport, forced);
      expect(Object.keys(found)).toHaveLength(16);
      const failing = Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0));
      expect(failing).toEqual({});
    });
  }
});
