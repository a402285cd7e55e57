/**
 * Driving the widget on a demo page from the e2e tests: open a page at a viewport, run code inside
 * the widget's shadow root, wait for a state, and move with the keyboard alone. Every accessibility
 * test file uses these, so each reads as what a citizen does.
 */
import type { Page } from 'puppeteer-core';
import type { DemoSite } from './demo-site.ts';

/** A viewport: the WCAG reflow width (320) and an ordinary desktop (1280). */
export interface Viewport { width: number; height: number }
export const desktop: Viewport = { width: 1280, height: 800 };
export const phone: Viewport = { width: 320, height: 640 };

/** Opens `path` on the demo site at a viewport; axe can be injected (CSP bypassed). */
export async function openPage(site: DemoSite, path = '/', viewport: Viewport = desktop): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport(viewport);
  await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
  return page;
}

/** The JS expression for the shadow root of the widget (the first one, or the inline one). */
const shadowExpression = (inline: boolean) => inline
  ? `document.querySelector('vejviser-widget[mode="inline"]').shadowRoot`
  : `document.querySelector('vejviser-widget:not([mode="inline"])').shadowRoot`;

/** Runs `fn` with the widget's shadow root inside the page; returns what it returns (serialisable). */
export function inWidget<T>(page: Page, fn: (shadow: ShadowRoot) => T, inline = false): Promise<T> {
  return page.evaluate(`(${fn.toString()})(${shadowExpression(inline)})`) as Promise<T>;
}

/** Waits until `fn` returns something truthy inside the widget. */
export async function waitInWidget(page: Page, fn: (shadow: ShadowRoot) => unknown, inline = false, timeout = 10_000): Promise<void> {
  await page.waitForFunction(`!!(${fn.toString()})(${shadowExpression(inline)})`, { timeout });
}

/** A short description of what has focus, looking into shadow roots: "BUTTON.send: Søg", "INPUT[tel]: Telefon". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'BODY';
    const classes = active.className && typeof active.className === 'string' ? `.${active.className.trim().split(/\s+/).join('.')}` : '';
    // Inputs are named by their label ("INPUT[tel]: Telefon"), everything else by its text.
    const input = active instanceof HTMLInputElement ? active : undefined;
    const name = input ? input.labels?.[0]?.textContent ?? '' : active.getAttribute('aria-label') ?? active.textContent ?? '';
    return `${active.tagName}${input ? `[${input.type}]` : ''}${classes}: ${name.trim().slice(0, 60)}`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until what has focus matches `pattern` (tested against `focused`);
 * fails after `max` presses, naming the last thing that had focus.
 */
export async function tabTo(page: Page, pattern: RegExp, { max = 80, backwards = false } = {}): Promise<void> {
  if (backwards) await page.keyboard.down('Shift');
  try {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (pattern.test(await focused(page))) return;
    }
  } finally {
    if (backwards) await page.keyboard.up('Shift');
  }
  throw new Error(`Tab never reached ${pattern}; focus ended on ${await focused(page)}`);
}

/** Opens the floating widget from the keyboard: Tab to the launcher, Enter, wait for the input. */
export async function openWithKeyboard(page: Page): Promise<void> {
  // Keys only move focus in the tab the browser has in front; after a navigation it may not be.
  await page.bringToFront();
  await tabTo(page, /^BUTTON\.launcher/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(`${shadowExpression(false)}?.activeElement?.tagName === 'INPUT'`, { timeout: 10_000 });
}

/** Types into the focused input and sends with Enter (no suggestion is highlighted until arrowed to). */
export async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** How many answer cards, clarify and none bubbles the log shows: to wait for the next one. */
export function messageCount(page: Page, inline = false): Promise<number> {
  return inWidget(page, (shadow) => shadow.querySelectorAll('[role="log"] > *').length, inline);
}

/**
 * Sends `text` from the widget's input and waits for the question and its reply in the log
 * (focus is put in the input first, wherever the previous step left it).
 */
export async function ask(page: Page, text: string, inline = false): Promise<void> {
  await inWidget(page, (shadow) => shadow.querySelector('input')!.focus(), inline);
  const before = await messageCount(page, inline);
  await typeAndSend(page, text);
  await page.waitForFunction(`${shadowExpression(inline)}.querySelectorAll('[role="log"] > *').length >= ${before + 2}`, { timeout: 10_000 });
}

let bookings = 0;
/**
 * A different made-up phone number per booking: the service lets one number hold only two future
 * bookings of a service, and a test that books once per viewport would otherwise hit that limit.
 */
const nextPhone = (): string => `20 00 00 ${String(10 + (bookings++ % 90)).padStart(2, '0')}`;

/** Fills the open booking form with a name and a phone number and sends it (script, not keys). */
export async function submitBookingForm(page: Page, name = 'Karen Hansen', phone = nextPhone()): Promise<void> {
  await page.evaluate((host, values) => {
    const shadow = document.querySelector(host)!.shadowRoot!;
    const fill = (selector: string, value: string) => {
      const input = shadow.querySelector<HTMLInputElement>(`.booking ${selector}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    fill('input[autocomplete="name"]', values.name);
    fill('input[type="tel"]', values.phone);
    shadow.querySelector<HTMLButtonElement>('.booking form button[type="submit"]')!.click();
  }, 'vejviser-widget:not([mode="inline"])', { name, phone });
}
