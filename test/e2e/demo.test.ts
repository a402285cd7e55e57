/**
 * End to end: the real demo server on a free port, the demo site in Debian's Chromium, driven like
 * a citizen with a keyboard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAxeViolations, startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { repoRoot } from '../helpers/knowledge.ts';

let site: DemoSite;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await startDemoSite();
  ({ browser, origin } = site);
});

afterAll(() => site?.close());

/** Opens a page and records every request it makes. */
async function open(path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(origin + path, { waitUntil: 'networkidle0' });
  return { page, requests };
}

/** What the page has stored: web storage and cookies. */
async function storedState(page: Page) {
  const web = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  const cookies = await page.browserContext().cookies();
  return { ...web, cookies: cookies.length };
}

/** Presses Tab until the widget's launcher has focus. */
async function tabToLauncher(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const onLauncher = await page.evaluate(() => document.activeElement?.tagName === 'VEJVISER-WIDGET'
      && document.activeElement.shadowRoot?.activeElement?.classList.contains('launcher'));
    if (onLauncher) return;
  }
  throw new Error('the launcher was never reached with Tab');
}

describe('the demo site', () => {
  it('shows the municipal page with the launcher, and before any interaction the widget fetches, stores and focuses nothing', async () => {
    const { page, requests } = await open('/');
    expect(await page.title()).toContain('Eksempel Kommune');
    const launcherText = await page.$eval('vejviser-widget', (host) => host.shadowRoot?.querySelector('.launcher')?.textContent);
    expect(launcherText).toBe('Hvad skal du? Få hjælp');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests.filter((url) => url.includes('/vejviser/'))).toEqual([`${origin}/vejviser/loader.js`]);
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    expect(await storedState(page)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.close();
  });

  it('loads the app and the knowledge as soon as the pointer rests on the launcher', async () => {
    const { page, requests } = await open('/');
    const launcher = await page.evaluateHandle(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.launcher')!);
    await (launcher as unknown as { hover(): Promise<void> }).hover();
    await page.waitForNetworkIdle();
    expect(requests).toContain(`${origin}/vejviser/app.js`);
    expect(requests).toContain(`${origin}/vejviser/knowledge.json`);
    expect(await storedState(page)).toEqual({ local: 0, session: 0, cookie: '', cookies: 0 });
    await page.close();
  });

  it('answers "jeg skal flytte" with Flytning and its borger.dk link, used with the keyboard only', async () => {
    const { page, requests } = await open('/');
    await tabToLauncher(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.activeElement?.tagName === 'INPUT');
    await page.keyboard.type('jeg skal flytte');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.card h3'));
    const answer = await page.evaluate(() => {
      const card = document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.card')!;
      return { title: card.querySelector('h3')!.textContent, href: card.querySelector<HTMLAnchorElement>('a.action')!.href };
    });
    expect(answer).toEqual({ title: 'Flytning', href: 'https://www.borger.dk/bolig-og-flytning/flytning_oversigt/guide--naar-du-skal-flytte' });
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    // After use, only the tab's continuity entry: the situation shown, never the citizen's words.
    expect(await storedState(page)).toEqual({ local: 0, session: 1, cookie: '', cookies: 0 });
    expect(await page.evaluate(() => sessionStorage.getItem('vejviser'))).not.toContain('jeg skal flytte');

    await page.keyboard.press('Escape');
    const focusBack = await page.evaluate(() => document.querySelector('vejviser-widget')!.shadowRoot!.activeElement?.className);
    expect(focusBack).toBe('launcher');
    await page.close();
  });

  it('has no axe violations on the page with the panel open and an answer showing', async () => {
    const page = await browser.newPage();
    await page.setBypassCSP(true); // only so the test can inject axe-core
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!.click());
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('input'));
    await page.evaluate(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!.click());
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.card'));
    const violations = await pageAxeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('follows the browser\'s text size: at 200 % the panel text is twice as large and still fits', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    const result = await page.evaluate(async () => {
      const shadow = document.querySelector('vejviser-widget')!.shadowRoot!;
      shadow.querySelector<HTMLButtonElement>('.launcher')!.click();
      for (let i = 0; i < 100 && !shadow.querySelector('input'); i++) await new Promise((r) => setTimeout(r, 50));
      shadow.querySelector<HTMLButtonElement>('.chip')!.click();
      for (let i = 0; i < 100 && !shadow.querySelector('.card'); i++) await new Promise((r) => setTimeout(r, 50));
      const panel = shadow.querySelector<HTMLElement>('.panel')!;
      const inViewport = (selector: string) => {
        const box = shadow.querySelector(selector)!.getBoundingClientRect();
        return box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight;
      };
      const panelBox = panel.getBoundingClientRect();
      // Everything must be reachable: scroll the panel to its end and the footer must be on screen.
      panel.scrollTop = panel.scrollHeight;
      await new Promise((r) => requestAnimationFrame(r));
      return {
        fontSize: getComputedStyle(panel).fontSize,
        panelInsideViewport: panelBox.top >= 0 && panelBox.bottom <= innerHeight,
        footerReachable: inViewport('.contact'),
        sendReachable: inViewport('.send'),
        noHorizontalScroll: panel.scrollWidth <= panel.clientWidth,
      };
    });
    expect(result).toEqual({ fontSize: '32px', panelInsideViewport: true, footerReachable: true, sendReachable: true, noHorizontalScroll: true });
    await page.close();
  });

  it('shows every situation in the editors\' catalogue, ranks a trial query, and has no axe violations', async () => {
    const page = await browser.newPage();
    await page.setBypassCSP(true); // only so the test can inject axe-core
    await page.goto(`${origin}/katalog.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#katalog')?.shadowRoot?.querySelector('.entry'));
    const knowledge = JSON.parse(readFileSync(join(repoRoot, 'dist', 'vejviser', 'knowledge.json'), 'utf8')) as { situations: { title: string }[] };
    const titles = await page.evaluate(() => [...document.querySelector('#katalog')!.shadowRoot!.querySelectorAll('.entry .card h3')].map((h) => h.textContent));
    expect(titles.sort()).toEqual(knowledge.situations.map((s) => s.title).sort());
    await page.evaluate(() => document.querySelector('#katalog')!.shadowRoot!.querySelector<HTMLInputElement>('#try-input')!.focus());
    await page.keyboard.type('jeg skal flytte');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#katalog')!.shadowRoot!.querySelector('.ranking'));
    const firstRow = await page.evaluate(() => [...document.querySelector('#katalog')!.shadowRoot!.querySelectorAll('.ranking tbody tr:first-child td')].map((td) => td.textContent));
    expect(firstRow[2]).toBe('flytning');
    expect(Number(firstRow[3])).toBeGreaterThan(0);
    const violations = await pageAxeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers on the contact page with the inline widget', async () => {
    const { page } = await open('/kontakt.html');
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('input'));
    await page.evaluate(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus());
    await page.keyboard.type('åbningstider');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.card h3'));
    const title = await page.evaluate(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.card h3')!.textContent);
    expect(title).toBe('Kontakt Borgerservice');
    await page.close();
  });
});
