/**
 * What a screen reader hears: the transcript is one `role="log"` that announces each new
 * message exactly once and never reads history out again. Mutations are recorded in the page and
 * judged the way Chromium picks a live region for a change: the nearest ancestor with `aria-live`
 * or a live role decides, and the log announces additions only (aria-relevant="additions").
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { ask, focused, inWidget, openPage, openWithKeyboard, tabTo, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/**
 * Starts recording, in the page, every addition a live region would announce: for each added node,
 * the live region that owns the change and whether it is the log. `takeAnnouncements` empties it.
 */
async function recordAnnouncements(page: Page): Promise<void> {
  await inWidget(page, (shadow) => {
    const log: { region: string; direct: boolean; id: string; text: string }[] = [];
    (window as unknown as { __announced: typeof log }).__announced = log;
    const ids = new WeakMap<Node, string>();
    let next = 0;
    const liveRoot = (node: Node | null): Element | null => {
      for (let element = node instanceof Element ? node : node?.parentElement ?? null; element; element = element.parentElement) {
        if (element.hasAttribute('aria-live') || ['log', 'status', 'alert'].includes(element.getAttribute('role') ?? '')) return element;
      }
      return null;
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type !== 'childList') continue;
        const root = liveRoot(record.target);
        // aria-live="off" owns (and silences) what changes inside it, exactly as in Chromium.
        if (!root || root.getAttribute('aria-live') === 'off') continue;
        for (const node of record.addedNodes) {
          if (!node.textContent?.trim()) continue;
          if (!ids.has(node)) ids.set(node, `n${next++}`);
          log.push({ region: root.getAttribute('role') ?? root.getAttribute('aria-live')!, direct: record.target === root, id: ids.get(node)!, text: node.textContent.trim().slice(0, 80) });
        }
      }
    }).observe(shadow, { childList: true, subtree: true });
  });
}

/** The announcements since the last call, emptied. */
function takeAnnouncements(page: Page) {
  return page.evaluate(() => {
    const list = (window as unknown as { __announced: { region: string; direct: boolean; id: string; text: string }[] }).__announced;
    return list.splice(0, list.length);
  });
}

describe('the transcript as a live region', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(site, '/');
    await openWithKeyboard(page);
  });
  afterAll(() => page.close());

  it('is one role="log", present before the first message', async () => {
    const logs = await inWidget(page, (shadow) => [...shadow.querySelectorAll('[role="log"]')].map((log) => log.children.length));
    expect(logs).toEqual([0]);
  });

  it('announces each new message once, with who is speaking, and keeps focus in the input', async () => {
    await recordAnnouncements(page);
    await ask(page, 'jeg skal flytte');
    const first = await takeAnnouncements(page);
    expect(first.map((a) => [a.region, a.direct])).toEqual([['log', true], ['log', true]]);
    expect(first[0].text).toMatch(/^Du skrev: jeg skal flytte/);
    expect(first[1].text).toMatch(/^Kommunen skriver: Det her passer bedst:Flytning/);
    expect(await focused(page)).toMatch(/^INPUT/);

    await ask(page, 'nyt pas');
    const second = await takeAnnouncements(page);
    expect(second.map((a) => a.text.slice(0, 30))).toEqual(['Du skrev: nyt pas', expect.stringMatching(/^Kommunen skriver: Det her pass/)]);
    expect(new Set([...first, ...second].map((a) => a.id)).size).toBe(4);
    expect(await focused(page)).toMatch(/^INPUT/);
  });

  it('never re-announces history: a profile answer re-words older routes silently', async () => {
    await takeAnnouncements(page);
    const hasQuestion = await inWidget(page, (shadow) => !!shadow.querySelector('.card .profile button'));
    expect(hasQuestion).toBe(true);
    await inWidget(page, (shadow) => shadow.querySelectorAll<HTMLButtonElement>('.card .profile button')[2].click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.profile-bar'));
    expect((await takeAnnouncements(page)).filter((a) => a.region === 'log')).toEqual([]);
  });

  it('never re-announces history: opening a booking inside an older answer is not read out by the log', async () => {
    await takeAnnouncements(page);
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card ol.steps button')].find((b) => b.textContent === 'Bestil tid')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    expect((await takeAnnouncements(page)).filter((a) => a.region === 'log')).toEqual([]);
  });

  it('has a scroll container that the keyboard can reach and scroll', async () => {
    await ask(page, 'mistet sundhedskort');
    await tabTo(page, /^DIV\.panel-body/, { backwards: true });
    // Tabbing scrolled the transcript to each control on the way; start from the top.
    await inWidget(page, (shadow) => { shadow.querySelector('.panel-body')!.scrollTop = 0; });
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('vejviser-widget')!.shadowRoot!.querySelector('.panel-body')!.scrollTop > 100);
    await page.keyboard.press('ArrowDown');
    expect(await inWidget(page, (shadow) => shadow.querySelector('.panel-body')!.getAttribute('aria-label'))).toBe('Samtale');
  });
});

describe('the waiting status', () => {
  /** Records every text any status region in the widget shows, with the time since `start`. */
  async function recordStatuses(page: Page) {
    await inWidget(page, (shadow) => {
      const seen: { at: number; text: string }[] = [];
      (window as unknown as { __statuses: typeof seen }).__statuses = seen;
      const start = performance.now();
      new MutationObserver(() => {
        for (const status of shadow.querySelectorAll('[role="status"]')) {
          const text = status.textContent!.trim();
          if (text && seen[seen.length - 1]?.text !== text) seen.push({ at: performance.now() - start, text });
        }
      }).observe(shadow, { childList: true, subtree: true, characterData: true });
    });
  }
  const statuses = (page: Page) => page.evaluate(() => (window as unknown as { __statuses: { at: number; text: string }[] }).__statuses);

  /** Opens the "pas" answer's booking with the booking service answering after `delayMs`. */
  async function openBooking(delayMs: number): Promise<Page> {
    const page = await openPage(site, '/');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().includes('/api/booking/slots')) setTimeout(() => void request.continue(), delayMs);
      else void request.continue();
    });
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    await recordStatuses(page);
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card ol.steps button')].find((b) => b.textContent === 'Bestil tid')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    return page;
  }

  it('is announced only after a delay, and emptied when the times arrive', async () => {
    const page = await openBooking(2500);
    const seen = await statuses(page);
    const waiting = seen.find((entry) => entry.text === 'Henter ledige tider …');
    expect(waiting, JSON.stringify(seen)).toBeDefined();
    expect(waiting!.at).toBeGreaterThanOrEqual(900);
    const now = await inWidget(page, (shadow) => [...shadow.querySelectorAll('.booking [role="status"]')].map((s) => s.textContent));
    expect(now.every((text) => text === '')).toBe(true);
    await page.close();
  });

  it('says nothing when the answer comes quickly', async () => {
    const page = await openBooking(0);
    expect((await statuses(page)).filter((entry) => /øjeblik|Henter/.test(entry.text))).toEqual([]);
    await page.close();
  });
});
