/**
 * Counter mode at /skranke: full screen with large text, high contrast in one press,
 * "Start forfra" and a quick profile switch; nothing stored; the inactivity reset warns and can be
 * extended; after a reset nothing of the previous citizen is left in the DOM or in memory; and the
 * hand-off QR code decodes to a deep link that opens the same answer on a phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAxeViolations, startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { repoRoot } from '../helpers/knowledge.ts';
import { ask, desktop, focused, inWidget, openPage, phone, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/** The counter page, waiting for its input (it loads at once, without a launcher). */
async function counterPage(viewport = desktop, resetAfter?: number): Promise<Page> {
  const page = await site.browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport(viewport);
  if (resetAfter) {
    // The same page with a shorter inactivity time, as a municipality could set it.
    const html = readFileSync(join(repoRoot, 'dist', 'demo', 'skranke.html'), 'utf8').replace('mode="counter"', `mode="counter" reset-after="${resetAfter}"`);
    await page.setRequestInterception(true);
    page.on('request', (request) => void (new URL(request.url()).pathname === '/skranke'
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : request.continue()));
  }
  await page.goto(`${site.origin}/skranke`, { waitUntil: 'networkidle0' });
  await waitInWidget(page, (shadow) => shadow.querySelector('.counter input'));
  return page;
}

/** Everything the page keeps: web storage and cookies. */
async function stored(page: Page) {
  const web = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  return { ...web, cookies: (await page.browserContext().cookies()).length };
}

/** Whether `text` is anywhere in the page's JavaScript heap, after a full garbage collection. */
async function inHeap(page: Page, text: string): Promise<boolean> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('').includes(text);
}

describe('the counter screen', () => {
  it('fills the screen with text at least 1.5 times the normal size, and keeps "Start forfra" in view', async () => {
    const normal = await openPage(site, '/kontakt.html');
    await normal.evaluate(() => document.querySelector('vejviser-widget')!.scrollIntoView());
    await waitInWidget(normal, (shadow) => shadow.querySelector('input'), true);
    const normalSize = await inWidget(normal, (shadow) => parseFloat(getComputedStyle(shadow.querySelector('input')!).fontSize), true);
    await normal.close();

    const page = await counterPage();
    expect(await focused(page)).toMatch(/^INPUT\[text\]/); // ready to type: it is the page's purpose
    const layout = await inWidget(page, (shadow) => {
      const box = shadow.querySelector('.counter')!.getBoundingClientRect();
      return { box: [box.left, box.top, box.width, box.height], size: parseFloat(getComputedStyle(shadow.querySelector('input')!).fontSize) };
    });
    expect(layout.box).toEqual([0, 0, desktop.width, desktop.height]);
    expect(layout.size).toBeGreaterThanOrEqual(normalSize * 1.5);
    await ask(page, 'nyt pas');
    await ask(page, 'jeg skal flytte');
    const startOver = await inWidget(page, (shadow) => {
      const box = shadow.querySelector('.start-over')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && shadow.querySelector('.start-over')!.textContent;
    });
    expect(startOver).toBe('Start forfra');
    await page.close();
  });

  it('opens "Hvorfor foreslår vi det?" by default and switches the route for an exempt citizen in one press', async () => {
    const page = await counterPage();
    await ask(page, 'jeg skal flytte');
    expect(await inWidget(page, (shadow) => shadow.querySelector<HTMLDetailsElement>('.card details.why')!.open)).toBe(true);
    const selfFirst = await inWidget(page, (shadow) => shadow.querySelector('.card ol.steps li a')!.getAttribute('href'));
    expect(selfFirst).toMatch(/borger\.dk/);
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.profile-switch button')].find((b) => /fritaget/.test(b.textContent!))!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.profile-switch [aria-pressed="true"]'));
    const exemptFirst = await inWidget(page, (shadow) => shadow.querySelector('.card ol.steps li')!.textContent);
    expect(exemptFirst).not.toMatch(/borger\.dk/);
    await page.close();
  });

  it('turns on high contrast with one press', async () => {
    const page = await counterPage();
    await ask(page, 'nyt pas');
    const colours = () => inWidget(page, (shadow) => {
      const card = getComputedStyle(shadow.querySelector('.card')!);
      return { border: card.borderTopColor, intro: getComputedStyle(shadow.querySelector('.intro')!).color };
    });
    const before = await colours();
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.counter-bar button')].find((b) => b.textContent === 'Høj kontrast')!.click());
    const after = await colours();
    expect(after).toEqual({ border: 'rgb(0, 0, 0)', intro: 'rgb(0, 0, 0)' });
    expect(after).not.toEqual(before);
    expect(await inWidget(page, (shadow) => shadow.querySelector('[aria-pressed="true"]')?.textContent)).toBe('Høj kontrast');
    await page.close();
  });

  it('stores nothing, and "Start forfra" leaves nothing of the citizen in the DOM or in memory', async () => {
    const page = await counterPage();
    await ask(page, 'nyt pas Mortensens');
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card ol.steps button')].find((b) => b.textContent === 'Bestil tid')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking input[autocomplete="off"]'));
    await inWidget(page, (shadow) => shadow.querySelector<HTMLInputElement>('.booking input[autocomplete="off"]')!.focus());
    await page.keyboard.type('Mortensens helt særlige ærinde');
    expect(await stored(page)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    expect(await inWidget(page, (shadow) => shadow.innerHTML.includes('Mortensens'))).toBe(true);
    expect(await inHeap(page, 'Mortensens helt')).toBe(true); // the probe finds it while it is there

    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.start-over')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelectorAll('[role="log"] > *').length === 0);
    expect(await inWidget(page, (shadow) => ({ text: shadow.innerHTML.includes('Mortensens'), input: shadow.querySelector('input')!.value, booking: !!shadow.querySelector('.booking') })))
      .toEqual({ text: false, input: '', booking: false });
    expect(await focused(page)).toMatch(/^INPUT/);
    expect(await inHeap(page, 'Mortensens helt')).toBe(false);
    expect(await stored(page)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    await page.close();
  });

  it('warns at least 20 seconds before the inactivity reset, extends with one press, then starts over', async () => {
    const page = await counterPage(desktop, 30);
    await ask(page, 'nyt pas');
    await waitInWidget(page, (shadow) => shadow.querySelector('[role="alertdialog"]'), false, 15_000);
    const warning = await inWidget(page, (shadow) => shadow.querySelector('[role="alertdialog"]')!.textContent!);
    const seconds = Number(/(\d+) sekunder/.exec(warning)![1]);
    expect(seconds).toBeGreaterThanOrEqual(19);
    expect(await focused(page)).toBe('BUTTON.send: Fortsæt');
    await page.keyboard.press('Enter');
    expect(await inWidget(page, (shadow) => !shadow.querySelector('[role="alertdialog"]') && shadow.querySelectorAll('.card').length)).toBe(1);
    // Left alone, the warning comes back and the screen then starts over for the next citizen.
    await waitInWidget(page, (shadow) => shadow.querySelector('[role="alertdialog"]'), false, 15_000);
    await waitInWidget(page, (shadow) => shadow.querySelectorAll('[role="log"] > *').length === 0, false, 30_000);
    expect(await inWidget(page, (shadow) => ({ warning: !!shadow.querySelector('[role="alertdialog"]'), chips: shadow.querySelectorAll('.chip').length > 0 })))
      .toEqual({ warning: false, chips: true });
    await page.close();
  }, 90_000);

  for (const [name, viewport] of [['1280', desktop], ['320', phone]] as const) {
    it(`has no axe violations at ${name} px, with an answer, the hand-off and high contrast`, async () => {
      const page = await counterPage(viewport);
      expect(await pageAxeViolations(page)).toEqual([]);
      await ask(page, 'nyt pas');
      await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.handoff-action button')][0].click());
      await waitInWidget(page, (shadow) => shadow.querySelector('svg'));
      expect(await pageAxeViolations(page)).toEqual([]);
      await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.counter-bar button')].find((b) => b.textContent === 'Høj kontrast')!.click());
      expect(await pageAxeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('hand-off to the citizen\'s phone', () => {
  it('shows a QR code that decodes to a deep link with the situation and profile only, which opens the same answer on a phone', async () => {
    const page = await counterPage();
    await ask(page, 'Jeg hedder Ib og skal have nyt pas');
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.profile-switch button')].find((b) => /fritaget/.test(b.textContent!))!.click());
    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.handoff-action button')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.handoff-action svg'));
    await page.addScriptTag({ content: readFileSync(join(repoRoot, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8') });
    const { decoded, shown } = await page.evaluate(async () => {
      const shadow = document.querySelector('vejviser-widget')!.shadowRoot!;
      const svg = shadow.querySelector('.handoff-action svg')!;
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 400, 400);
      context.drawImage(image, 0, 0, 400, 400);
      const pixels = context.getImageData(0, 0, 400, 400);
      const jsQR = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return { decoded: jsQR(pixels.data, 400, 400)?.data, shown: shadow.querySelector('.handoff-action')!.textContent };
    });
    expect(decoded).toBe(`${site.origin}/#vejviser=pas&profil=exempt`);
    expect(shown).toContain(decoded!.replace(/^https?:\/\//, ''));
    expect(decoded).not.toMatch(/Ib|hedder/);
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.handoff-action button')].find((b) => b.textContent === 'Luk')!.click());
    await waitInWidget(page, (shadow) => !shadow.querySelector('.handoff-action svg'));
    expect(await focused(page)).toBe('BUTTON.reset: Fortsæt på din telefon');
    await page.close();

    const phonePage = await openPage(site, '/', { width: 375, height: 667 });
    await phonePage.goto(decoded!, { waitUntil: 'networkidle0' });
    await waitInWidget(phonePage, (shadow) => shadow.querySelector('.card h3'));
    const seen = await inWidget(phonePage, (shadow) => ({
      title: shadow.querySelector('.card h3')!.textContent,
      profile: shadow.querySelector('.profile-bar strong')?.textContent,
      first: shadow.querySelector('.card ol.steps li')!.textContent,
      modal: shadow.querySelector('.panel')!.getAttribute('aria-modal'),
    }));
    expect(seen).toMatchObject({ title: 'Pas', profile: 'Nej, det kan jeg ikke', modal: 'true' });
    await phonePage.close();
  });
});
