/**
 * Continuity and deep links: the conversation follows the citizen to another page of the
 * site in the same tab (situations, profile and booked times only, in sessionStorage), "Ny samtale"
 * wipes it, widgets on one page share it, nothing is stored before first use, and
 * #vejviser=<id>&profil=<profile> opens an answer on any page — an unknown id falls back politely.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { repoRoot } from '../helpers/knowledge.ts';
import { ask, inWidget, openPage, openWithKeyboard, submitBookingForm, waitInWidget } from '../helpers/widget-page.ts';

let site: DemoSite;
beforeAll(async () => {
  site = await startDemoSite();
});
afterAll(() => site?.close());

/** What the tab keeps: the raw sessionStorage entry, and whether anything else is stored. */
const storage = (page: Page) => page.evaluate(() => ({ saved: sessionStorage.getItem('vejviser'), session: sessionStorage.length, local: localStorage.length, cookie: document.cookie }));

/** Scrolls the contact page's inline widget into view and waits for it. */
async function inlineReady(page: Page) {
  await page.evaluate(() => document.querySelector('vejviser-widget[mode="inline"]')!.scrollIntoView());
  await waitInWidget(page, (shadow) => shadow.querySelector('input'), true);
}

const titles = (page: Page, inline = false) => inWidget(page, (shadow) => [...shadow.querySelectorAll('.card h3')].map((h) => h.textContent), inline);

describe('continuity across pages', () => {
  it('stores nothing before first use, also where an inline widget loads on its own', async () => {
    const page = await openPage(site, '/kontakt.html');
    await inlineReady(page);
    expect(await storage(page)).toEqual({ saved: null, session: 0, local: 0, cookie: '' });
    await page.close();
  });

  it('follows the citizen to another page in the same tab, with situations and profile but never their words', async () => {
    const page = await openPage(site, '/');
    await openWithKeyboard(page);
    await ask(page, 'jeg skal have et nyt pas til ferien på Mallorca');
    await ask(page, 'jeg skal flytte');
    await inWidget(page, (shadow) => shadow.querySelectorAll<HTMLButtonElement>('.card .profile button')[2].click());
    const { saved } = await storage(page);
    expect(saved).not.toBeNull();
    expect(saved).not.toMatch(/Mallorca|ferien|skal flytte/);
    expect(JSON.parse(saved!)).toMatchObject({ situations: ['pas', 'flytning'], profile: 'exempt', lang: 'da' });

    await page.goto(`${site.origin}/kontakt.html`, { waitUntil: 'networkidle0' });
    await inlineReady(page);
    await waitInWidget(page, (shadow) => shadow.querySelectorAll('.card').length === 2, true);
    expect(await titles(page, true)).toEqual(['Pas', 'Flytning']);
    expect(await inWidget(page, (shadow) => shadow.querySelector('.profile-bar strong')?.textContent, true)).toBe('Nej, det kan jeg ikke');
    expect(await inWidget(page, (shadow) => shadow.innerHTML.includes('Mallorca'), true)).toBe(false);

    // Back on the front page the floating widget reopens in the same state.
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle0' });
    await openWithKeyboard(page);
    expect(await titles(page)).toEqual(['Pas', 'Flytning']);

    // "Ny samtale" wipes it, here and for the next page.
    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.new-conversation')!.click());
    expect(await storage(page)).toEqual({ saved: null, session: 0, local: 0, cookie: '' });
    await page.goto(`${site.origin}/kontakt.html`, { waitUntil: 'networkidle0' });
    await inlineReady(page);
    expect(await titles(page, true)).toEqual([]);
    await page.close();
  });

  it('brings a booked time along to the next page', async () => {
    const page = await openPage(site, '/');
    await openWithKeyboard(page);
    await ask(page, 'nyt pas');
    await inWidget(page, (shadow) => [...shadow.querySelectorAll<HTMLButtonElement>('.card ol.steps button')].find((b) => b.textContent === 'Bestil tid')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking .slot-day button'));
    await inWidget(page, (shadow) => shadow.querySelector<HTMLButtonElement>('.booking .slot-day button')!.click());
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking form'));
    await submitBookingForm(page);
    await waitInWidget(page, (shadow) => shadow.querySelector('.booking div[role="status"] strong'));
    const code = await inWidget(page, (shadow) => /Din kode: (\S+)\./.exec(shadow.querySelector('.booking div[role="status"]')!.textContent!)![1]);
    const saved = (await storage(page)).saved!;
    expect(saved).not.toMatch(/Karen|12 34 56 78/);

    await page.goto(`${site.origin}/kontakt.html`, { waitUntil: 'networkidle0' });
    await inlineReady(page);
    await waitInWidget(page, (shadow) => shadow.querySelector('.confirmation'), true);
    const confirmation = await inWidget(page, (shadow) => shadow.querySelector('.confirmation')!.textContent, true);
    expect(confirmation).toContain(`Din kode: ${code}.`);
    expect(confirmation).toContain('Rådhustorvet 1');
    await page.close();
  });

  it('shares one conversation between a floating and an inline widget on the same page', async () => {
    const page = await site.browser.newPage();
    const html = readFileSync(join(repoRoot, 'dist', 'demo', 'kontakt.html'), 'utf8')
      .replace('<vejviser-widget mode="inline"></vejviser-widget>', '<vejviser-widget mode="inline"></vejviser-widget><vejviser-widget></vejviser-widget>');
    await page.setRequestInterception(true);
    page.on('request', (request) => void (new URL(request.url()).pathname === '/begge.html'
      ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : request.continue()));
    await page.goto(`${site.origin}/begge.html`, { waitUntil: 'networkidle0' });
    await inlineReady(page);
    await ask(page, 'nyt pas', true);
    await openWithKeyboard(page);
    expect(await titles(page)).toEqual(['Pas']);
    await ask(page, 'jeg skal flytte');
    await waitInWidget(page, (shadow) => shadow.querySelectorAll('.card').length === 2, true);
    expect(await titles(page, true)).toEqual(['Pas', 'Flytning']);
    expect(JSON.parse((await storage(page)).saved!).situations).toEqual(['pas', 'flytning']);
    await page.close();
  });
});

describe('deep links', () => {
  it('opens the widget at the answer and profile a link names', async () => {
    const page = await openPage(site, '/#vejviser=skilsmisse&profil=help');
    await waitInWidget(page, (shadow) => shadow.querySelector('.card h3'));
    const seen = await inWidget(page, (shadow) => ({
      expanded: shadow.querySelector('.launcher')!.getAttribute('aria-expanded'),
      titles: [...shadow.querySelectorAll('.card h3')].map((h) => h.textContent),
      profile: shadow.querySelector('.profile-bar strong')?.textContent,
    }));
    expect(seen).toEqual({ expanded: 'true', titles: ['Skilsmisse og separation'], profile: 'Ja, men jeg vil gerne have hjælp' });
    // A link followed on the same page opens that answer too.
    await page.evaluate(() => { location.hash = 'vejviser=pas'; });
    await waitInWidget(page, (shadow) => shadow.querySelectorAll('.card h3').length === 2);
    expect(await titles(page)).toEqual(['Skilsmisse og separation', 'Pas']);
    await page.close();
  });

  it('falls back to the normal start with a short message when the id is unknown', async () => {
    const page = await openPage(site, '/#vejviser=findes-ikke');
    await waitInWidget(page, (shadow) => shadow.querySelector('[role="log"] .notice'));
    const seen = await inWidget(page, (shadow) => ({
      notice: shadow.querySelector('[role="log"] .notice')!.textContent,
      cards: shadow.querySelectorAll('.card').length,
      input: !!shadow.querySelector('input'),
    }));
    expect(seen).toEqual({ notice: 'Linket peger på noget, vi ikke kender. Skriv i stedet, hvad du har brug for.', cards: 0, input: true });
    await page.close();
  });

  it('is offered for every situation in the editors\' catalogue', async () => {
    const page = await openPage(site, '/katalog.html');
    await page.waitForFunction(() => document.getElementById('katalog')?.shadowRoot?.querySelector('a.deep-link'));
    const links = await page.evaluate(() => [...document.getElementById('katalog')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.deep-link')].map((a) => a.getAttribute('href')));
    const knowledge = JSON.parse(readFileSync(join(repoRoot, 'dist', 'vejviser', 'knowledge.json'), 'utf8')) as { situations: { id: string }[] };
    expect(links.sort()).toEqual(knowledge.situations.map((s) => `/#vejviser=${s.id}`).sort());
    await page.close();
  });
});
