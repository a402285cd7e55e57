/**
 * Printing the floating panel: a citizen who presses Ctrl+P with the panel open gets the
 * answer on paper and nothing else. The host page, the launcher, the input and every button are left
 * out; the situation, its numbered steps with each link's address written out, phone numbers,
 * opening hours and a booked time are printed; the panel is ordinary page content, nothing clipped.
 * Checked under print media in Chromium, and with a real PDF.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { ask, desktop, inWidget, openWithKeyboard, waitInWidget } from '../helpers/widget-page.ts';

declare global {
  /** Whether `element` would be on paper: no display:none on it or any ancestor across shadow roots, visible, with a box. */
  function onPaper(element: Element): boolean;
}

let site: DemoSite;
let page: Page;
/** The host element's attributes before the panel first opened. */
let hostAttributes: string[];

/** Installs `onPaper` in the page; getComputedStyle follows the emulated media type. */
async function installOnPaper(): Promise<void> {
  await page.evaluate(() => {
    Object.assign(window, {
      onPaper(element: Element): boolean {
        for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
          if (getComputedStyle(node).display === 'none') return false;
        }
        return getComputedStyle(element).visibility === 'visible' && element.getClientRects().length > 0;
      },
    });
  });
}

/** A Danish voice, so "Læs op" is shown (headless Chromium has none) and can be checked in print. */
async function offerDanishVoice(target: Page): Promise<void> {
  await target.evaluateOnNewDocument(() => {
    const voice = { lang: 'da-DK', name: 'Dansk', voiceURI: 'dansk', default: true, localService: true };
    Object.defineProperty(speechSynthesis, 'getVoices', { configurable: true, value: () => [voice] });
  });
}

/**
 * Lays the page out for print, or back for the screen. "Screen" clears the emulation rather than
 * emulating screen media, which page.pdf() would otherwise print with.
 */
const media = (type: 'screen' | 'print') => page.emulateMediaType(type === 'print' ? 'print' : undefined);

beforeAll(async () => {
  site = await startDemoSite();
  page = await site.browser.newPage();
  await offerDanishVoice(page);
  await page.setViewport(desktop);
  await page.goto(`${site.origin}/`, { waitUntil: 'networkidle0' });
  await installOnPaper();
  // A sheet of the page's own, adopted before the widget opens: printing must leave it alone.
  await page.evaluate(() => {
    const own = new CSSStyleSheet();
    own.replaceSync('main { outline: 0.0625em dotted transparent; }');
    document.adoptedStyleSheets = [own];
    Object.assign(window, { pageSheet: own });
  });
  hostAttributes = await page.evaluate(() => document.querySelector('vejviser-widget')!.getAttributeNames());
  await openWithKeyboard(page);
  // The print rules arrive just after the panel is up (when the browser is idle): wait for them,
  // as a citizen's Ctrl+P a moment later would find them.
  await waitInWidget(page, (shadow) => [...shadow.adoptedStyleSheets].some((sheet) =>
    [...sheet.cssRules].some((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')));
});

afterAll(() => site?.close());

// A failed check must not leave the next test looking at the page through print media.
afterEach(() => media('screen'));

describe('printing with the floating panel open', () => {
  it('prints only the panel: the host page, the launcher, the topic chips and the input are left out', async () => {
    // On screen the page is untouched while the panel is open.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).display)).not.toBe('none');
    expect(await inWidget(page, (s) => s.querySelectorAll('.chips button').length)).toBeGreaterThan(0);
    await media('print');
    const hostPage = await page.evaluate(() => {
      const host = document.querySelector('vejviser-widget')!;
      const others = [...document.body.children].filter((element) => element !== host && !['SCRIPT', 'STYLE', 'LINK'].includes(element.tagName));
      return { main: getComputedStyle(document.querySelector('main')!).display, othersShown: others.filter(onPaper).map((e) => e.tagName), others: others.length, host: onPaper(host) };
    });
    expect(hostPage.main).toBe('none');
    expect(hostPage.others).toBeGreaterThan(0);
    expect(hostPage.othersShown).toEqual([]);
    expect(hostPage.host).toBe(true);
    const widget = await inWidget(page, (s) => ({
      heading: onPaper(s.querySelector('.panel h2')!),
      launcher: onPaper(s.querySelector('.launcher')!),
      form: onPaper(s.querySelector('form.ask')!),
      input: onPaper(s.querySelector('.ask input')!),
      chips: [...s.querySelectorAll('.chips button')].some(onPaper),
      headerButtons: [...s.querySelectorAll('.panel-actions button')].filter(onPaper).map((b) => b.textContent),
    }));
    expect(widget).toEqual({ heading: true, launcher: false, form: false, input: false, chips: false, headerButtons: [] });
  });

  it('prints each answer: its title, summary, every numbered step, links with their addresses, phone numbers and opening hours', async () => {
    await ask(page, 'nyt pas');
    await ask(page, 'jeg skal flytte');
    await waitInWidget(page, (s) => s.querySelectorAll('.card h3').length === 2 && s.querySelector('.read-aloud button'));
    await media('print');
    const printed = await inWidget(page, (s) => [...s.querySelectorAll('.card')].map((card) => ({
      title: onPaper(card.querySelector('h3')!) ? card.querySelector('h3')!.textContent : null,
      summary: onPaper(card.querySelector('h3 ~ p')!),
      steps: [...card.querySelectorAll('ol.steps > li')].map((step) => onPaper(step) && step.textContent!.trim().length > 0),
      links: [...card.querySelectorAll<HTMLAnchorElement>('ol.steps a[href^="http"]')].map((link) => ({
        href: link.href,
        shown: onPaper(link),
        writtenOut: getComputedStyle(link, '::after').content.includes(link.getAttribute('href')!),
      })),
      phones: [...card.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => onPaper(link) && link.textContent!.replace(/\D/g, '').includes(link.getAttribute('href')!.slice(4))),
      visit: [...card.querySelectorAll('.visit')].map((visit) => onPaper(visit) && /Åbningstider: \S/.test(visit.textContent!)),
      screenOnly: [...card.querySelectorAll('button, .profile, .read-aloud, details:not([open])')].filter(onPaper).map((e) => e.textContent),
    })));
    expect(printed.map((card) => card.title)).toEqual(['Pas', 'Flytning']);
    for (const card of printed) {
      expect(card.summary).toBe(true);
      expect(card.steps.length).toBeGreaterThan(1);
      expect(card.steps.every(Boolean)).toBe(true);
      expect(card.links.length).toBeGreaterThan(0);
      for (const link of card.links) expect(link, link.href).toEqual({ href: link.href, shown: true, writtenOut: true });
      expect(card.phones.length).toBeGreaterThan(0);
      expect(card.phones.every(Boolean)).toBe(true);
      expect(card.screenOnly).toEqual([]);
    }
    expect(printed[0].visit).toEqual([true]); // a passport means a visit: where and when
    const contact = await inWidget(page, (s) => ({
      phone: [...s.querySelectorAll<HTMLAnchorElement>('.contact a[href^="tel:"]')].map((link) => onPaper(link) && link.textContent!.replace(/\D/g, '').includes(link.getAttribute('href')!.slice(4))),
      hours: [...s.querySelectorAll('.contact p')].filter(onPaper).map((p) => p.textContent!).filter((text) => /^Telefontid: \S/.test(text)),
      openNow: [...s.querySelectorAll('.open, .closed')].some(onPaper),
    }));
    expect(contact.phone).toEqual([true]);
    expect(contact.hours).toHaveLength(1);
    expect(contact.openNow).toBe(false); // "Åbent nu" is stale on paper; the hours are printed instead
  });

  it('prints the panel as ordinary page content: in the flow, full width, nothing clipped, no shadow', async () => {
    await media('print');
    const layout = await inWidget(page, (s) => {
      const panel = s.querySelector<HTMLElement>('.panel')!;
      const body = s.querySelector<HTMLElement>('.panel-body')!;
      const style = getComputedStyle(panel);
      return {
        position: style.position, maxHeight: style.maxHeight, overflow: style.overflowY, shadow: style.boxShadow,
        panelClipped: panel.scrollHeight > panel.clientHeight, bodyClipped: body.scrollHeight > body.clientHeight,
        fullWidth: Math.abs(panel.getBoundingClientRect().width - s.host.getBoundingClientRect().width) < 1 && s.host.getBoundingClientRect().width > 0,
      };
    });
    expect(layout).toEqual({ position: 'static', maxHeight: 'none', overflow: 'visible', shadow: 'none', panelClipped: false, bodyClipped: false, fullWidth: true });
  });

  it('prints a booked time with its place and code, and none of the booking controls on the way there', async () => {
    await inWidget(page, (s) => s.querySelector<HTMLButtonElement>('.card ol.steps > li button')!.click());
    await waitInWidget(page, (s) => s.querySelector('.booking .slot-day button'));
    await media('print');
    // Choosing a time is not a booking yet: the slots (and their section) stay off the paper.
    expect(await inWidget(page, (s) => [...s.querySelectorAll('.booking, .booking .slot-day button')].some(onPaper))).toBe(false);
    await media('screen');
    await inWidget(page, (s) => s.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
    await waitInWidget(page, (s) => s.querySelector('.booking form input'));
    await media('print');
    expect(await inWidget(page, (s) => [...s.querySelectorAll('.booking form, .booking input, .booking button')].some(onPaper))).toBe(false);
    await media('screen');
    await inWidget(page, (s) => s.querySelector<HTMLInputElement>('.booking input[autocomplete="name"]')!.focus());
    await page.keyboard.type('Karen Hansen');
    await inWidget(page, (s) => s.querySelector<HTMLInputElement>('.booking input[type="tel"]')!.focus());
    await page.keyboard.type('12 34 56 78');
    await page.keyboard.press('Enter');
    await waitInWidget(page, (s) => s.querySelector('.booking [role="status"] strong'));
    await media('print');
    const booked = await inWidget(page, (s) => {
      const confirmation = s.querySelector('.booking div[role="status"]')!;
      return {
        shown: onPaper(s.querySelector('.booking h4')!) && onPaper(confirmation),
        time: onPaper(confirmation.querySelector('strong')!) ? confirmation.querySelector('strong')!.textContent : '',
        text: [...confirmation.querySelectorAll('p')].filter(onPaper).map((p) => p.textContent).join(' '),
        controls: [...s.querySelectorAll('.booking button, .booking a[download], .book-actions button')].filter(onPaper).map((e) => e.textContent),
      };
    });
    expect(booked.shown).toBe(true);
    expect(booked.time).toMatch(/\d{1,2}[.:]\d{2}/);
    expect(booked.text).toContain(booked.time);
    expect(booked.text).toContain('Rådhustorvet 1');
    expect(booked.text).toMatch(/Din kode: \S+\./);
    expect(booked.controls).toEqual([]);
  });

  it('makes a PDF of one to three pages', async () => {
    const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('prints the host page again once the panel is closed, leaving the page its own adopted sheet', async () => {
    const whileOpen = await page.evaluate(() => document.adoptedStyleSheets.length);
    expect(whileOpen).toBe(2);
    await inWidget(page, (s) => s.querySelector<HTMLButtonElement>('.panel .close')!.click());
    await waitInWidget(page, (s) => !s.querySelector('.panel'));
    await media('print');
    const afterClose = await page.evaluate(() => ({
      main: onPaper(document.querySelector('main')!),
      sheets: document.adoptedStyleSheets.length,
      ownKept: document.adoptedStyleSheets[0] === (window as unknown as { pageSheet: CSSStyleSheet }).pageSheet,
      hostAttributes: document.querySelector('vejviser-widget')!.getAttributeNames(),
    }));
    expect(afterClose).toEqual({ main: true, sheets: 1, ownKept: true, hostAttributes });
  });
});
