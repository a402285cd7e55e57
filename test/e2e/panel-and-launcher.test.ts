/**
 * The launcher and the floating panel as a keyboard and screen-reader user meets them:
 * a native, named launcher that never grabs focus or clicks; a non-modal dialog beside the page on
 * wide screens and a modal, full-screen one with an inert host page on narrow screens.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { desktop, focused, inWidget, openPage, openWithKeyboard, tabTo, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/** The launcher's accessible properties, as the accessibility tree exposes them. */
async function launcherNode(page: Page) {
  const snapshot = await page.accessibility.snapshot({ interestingOnly: true });
  const all: { role: string; name?: string; expanded?: boolean }[] = [];
  const walk = (node: typeof snapshot) => {
    if (!node) return;
    all.push(node as never);
    node.children?.forEach(walk);
  };
  walk(snapshot);
  return all.find((node) => node.role === 'button' && /Få hjælp/.test(node.name ?? ''));
}

/** Whether the element that has focus is inside the widget's panel. */
const focusInPanel = (page: Page) => inWidget(page, (shadow) => !!shadow.activeElement?.closest('.panel'));

describe('the launcher', () => {
  it('is a native button with a name, aria-expanded and aria-controls, and never takes focus on load', async () => {
    const page = await openPage(site, '/');
    expect(await focused(page)).toBe('BODY');
    const attributes = await inWidget(page, (shadow) => {
      const launcher = shadow.querySelector('.launcher')!;
      return { tag: launcher.tagName, type: launcher.getAttribute('type'), expanded: launcher.getAttribute('aria-expanded') };
    });
    expect(attributes).toEqual({ tag: 'BUTTON', type: 'button', expanded: 'false' });
    expect(await launcherNode(page)).toMatchObject({ role: 'button', name: 'Hvad skal du? Få hjælp' });
    await openWithKeyboard(page);
    const controls = await inWidget(page, (shadow) => {
      const launcher = shadow.querySelector('.launcher')!;
      const panel = shadow.getElementById(launcher.getAttribute('aria-controls') ?? '');
      return { expanded: launcher.getAttribute('aria-expanded'), role: panel?.getAttribute('role'), named: panel?.getAttribute('aria-labelledby') };
    });
    expect(controls).toEqual({ expanded: 'true', role: 'dialog', named: expect.any(String) });
    await page.close();
  });

  it('when closed catches no clicks outside the launcher\'s own box', async () => {
    const page = await openPage(site, '/');
    const stray = await page.evaluate(() => {
      const host = document.querySelector('vejviser-widget')!;
      const box = host.shadowRoot!.querySelector('.launcher')!.getBoundingClientRect();
      const hits: string[] = [];
      for (let x = 5; x < innerWidth; x += 40) {
        for (let y = 5; y < innerHeight; y += 40) {
          const inLauncher = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
          if (!inLauncher && document.elementFromPoint(x, y) === host) hits.push(`${x},${y}`);
        }
      }
      return hits;
    });
    expect(stray).toEqual([]);
    await page.close();
  });
});

describe('the panel on a wide screen', () => {
  it('is a named, non-modal dialog: Tab moves on to the host page, with no keyboard trap', async () => {
    const page = await openPage(site, '/', desktop);
    await openWithKeyboard(page);
    const dialog = await inWidget(page, (shadow) => {
      const panel = shadow.querySelector('.panel')!;
      return { role: panel.getAttribute('role'), modal: panel.getAttribute('aria-modal'), name: shadow.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent };
    });
    expect(dialog).toEqual({ role: 'dialog', modal: null, name: 'Hvad skal du?' });
    expect(await page.evaluate(() => [...document.body.querySelectorAll('[inert]')].length)).toBe(0);
    let left = false;
    for (let i = 0; i < 60 && !left; i++) {
      await page.keyboard.press('Tab');
      left = !(await focusInPanel(page));
    }
    expect(left).toBe(true);
    // Back again with Shift+Tab: the panel is reachable from the page as well.
    await tabTo(page, /^INPUT/, { backwards: true, max: 120 });
    await page.close();
  });

  it('closes with Escape or the close button and returns focus to the launcher', async () => {
    const page = await openPage(site, '/', desktop);
    await openWithKeyboard(page);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/^BUTTON\.launcher/);
    expect(await inWidget(page, (shadow) => shadow.querySelector('.panel'))).toBe(null);
    await page.keyboard.press('Enter');
    await waitInWidget(page, (shadow) => shadow.activeElement?.tagName === 'INPUT');
    await tabTo(page, /^BUTTON\.close/, { backwards: true });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^BUTTON\.launcher/);
    expect(await inWidget(page, (shadow) => shadow.querySelector('.launcher')!.getAttribute('aria-expanded'))).toBe('false');
    await page.close();
  });

  it('closes with Escape from the host page too, leaving focus where it is, so it never hides what has focus', async () => {
    const page = await openPage(site, '/', desktop);
    await openWithKeyboard(page);
    await page.evaluate(() => document.querySelector<HTMLElement>('main a, main button')!.focus());
    const before = await focused(page);
    await page.keyboard.press('Escape');
    expect(await inWidget(page, (shadow) => shadow.querySelector('.panel'))).toBe(null);
    expect(await focused(page)).toBe(before);
    await page.close();
  });
});

describe('the panel on a narrow screen', () => {
  it('covers the screen as a modal dialog, makes the host page inert and wraps Tab', async () => {
    const page = await openPage(site, '/', { width: 375, height: 667 });
    await openWithKeyboard(page);
    const state = await inWidget(page, (shadow) => {
      const box = shadow.querySelector('.panel')!.getBoundingClientRect();
      return { modal: shadow.querySelector('.panel')!.getAttribute('aria-modal'), box: [box.left, box.top, box.width, box.height] };
    });
    expect(state.modal).toBe('true');
    expect(state.box).toEqual([0, 0, 375, 667]);
    const hostInert = await page.evaluate(() => ({
      main: document.querySelector('main')!.closest('[inert]') !== null,
      header: document.querySelector('header')!.closest('[inert]') !== null,
      widget: document.querySelector('vejviser-widget')!.closest('[inert]') !== null,
    }));
    expect(hostInert).toEqual({ main: true, header: true, widget: false });
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel(page), `after Tab ${i + 1}: ${await focused(page)}`).toBe(true);
    }
    await page.keyboard.down('Shift');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel(page), `after Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/^BUTTON\.launcher/);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    await page.close();
  });

  it('leaves the page\'s own inert content inert when it gives the page back', async () => {
    const page = await openPage(site, '/', { width: 375, height: 667 });
    await page.evaluate(() => { document.querySelector('footer')!.inert = true; });
    await openWithKeyboard(page);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => ({ footer: document.querySelector('footer')!.inert, main: document.querySelector('main')!.inert }))).toEqual({ footer: true, main: false });
    await page.close();
  });

  it('becomes non-modal when the screen widens while it is open, and modal again when it narrows', async () => {
    const page = await openPage(site, '/', { width: 375, height: 667 });
    await openWithKeyboard(page);
    await page.setViewport(desktop);
    await waitInWidget(page, (shadow) => shadow.querySelector('.panel')!.getAttribute('aria-modal') === null);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    await page.setViewport({ width: 375, height: 667 });
    await waitInWidget(page, (shadow) => shadow.querySelector('.panel')!.getAttribute('aria-modal') === 'true');
    expect(await page.evaluate(() => document.querySelector('main')!.closest('[inert]') !== null)).toBe(true);
    await page.close();
  });
});
