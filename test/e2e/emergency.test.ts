/**
 * Emergencies on the demo site, in Chromium: the floating widget and the counter screen both put
 * 112 first for clear danger, the log announces it once and focus lands on its heading, and
 * "Luk hurtigt" closes the floating panel with nothing left in storage or in the address.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { ask, focused, inWidget, openPage, openWithKeyboard, phone, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

describe('clear danger in the floating widget', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(site, '/', phone);
    await openWithKeyboard(page);
  });
  afterAll(() => page.close());

  it('announces the emergency message once through the log and moves focus to its heading', async () => {
    await inWidget(page, (shadow) => {
      const added: string[] = [];
      (window as unknown as { __added: string[] }).__added = added;
      new MutationObserver((records) => {
        for (const record of records) {
          if ((record.target as Element).getAttribute?.('role') !== 'log') continue;
          for (const node of record.addedNodes) added.push(node.textContent!.trim().slice(0, 100));
        }
      }).observe(shadow, { childList: true, subtree: true });
    });
    await ask(page, 'der kommer sort røg ud under døren hos naboen');
    await waitInWidget(page, (shadow) => shadow.activeElement?.tagName === 'H3');
    expect(await focused(page)).toBe('H3: Ring 112 nu, hvis nogen er i fare for liv eller helbred');
    const added = await page.evaluate(() => (window as unknown as { __added: string[] }).__added);
    expect(added).toEqual(['Du skrev: der kommer sort røg ud under døren hos naboen', expect.stringMatching(/^Kommunen skriver: Ring 112 nu, hvis nogen er i fare for liv eller helbred/)]);
  });

  it('"Luk hurtigt" closes the panel, empties the conversation and leaves nothing stored or in the address', async () => {
    await page.evaluate(() => history.replaceState(null, '', '#vejviser=akut-hjaelp'));
    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.quick-exit')!.click());
    await waitInWidget(page, (shadow) => !shadow.querySelector('.panel'));
    expect(await focused(page)).toMatch(/^BUTTON\.launcher/);
    const left = await page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length, cookie: document.cookie, hash: location.hash }));
    expect(left).toEqual({ session: 0, local: 0, cookie: '', hash: '' });
    // Opened again, the widget starts empty.
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.querySelector('.panel input'));
    expect(await inWidget(page, (shadow) => shadow.querySelectorAll('[role="log"] > *').length)).toBe(0);
  });
});

describe('clear danger at the counter', () => {
  it('shows the same emergency route in counter mode', async () => {
    const page = await openPage(site, '/skranke');
    await waitInWidget(page, (shadow) => shadow.querySelector('.counter input'));
    await ask(page, 'min mand er faldet om og trækker ikke vejret');
    await waitInWidget(page, (shadow) => shadow.querySelector('.emergency.clear'));
    const hrefs = await inWidget(page, (shadow) => [...shadow.querySelectorAll('.emergency.clear a.call')].map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe('tel:112');
    await page.close();
  });
});
