import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, shadowOf, waitFor } from './helpers.ts';

describe('the inline widget', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;

  before(async () => {
    host = await addWidget({ mode: 'inline' });
    shadow = shadowOf(host);
  });

  it('loads when it is in view and shows the panel as a region without a close button or launcher', async () => {
    const panel = await waitFor(() => shadow.querySelector('.panel'), 'the inline panel');
    expect(panel.getAttribute('role')).to.equal('region');
    expect(shadow.querySelector('.close')).to.equal(null);
    expect(shadow.querySelector('.launcher')).to.equal(null);
  });

  it('answers a question and has no axe violations', async () => {
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'vuggestue' });
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => shadow.querySelector('.card'), 'an answer');
    expect(card.querySelector('h3')?.textContent).to.contain('Pasning');
    expect(card.querySelector<HTMLAnchorElement>('a.action')?.href).to.equal('https://www.eksempel-kommune.example/pasning');
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  async function ask(text: string) {
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
  }

  it('books a passport first, by button or phone, and says what to bring, where and when', async () => {
    await ask('forny pas');
    const card = await waitFor(() => [...shadow.querySelectorAll('.card')].find((c) => c.querySelector('h3')?.textContent === 'Pas'), 'the Pas answer');
    const first = card.querySelector('ol.steps > li')!;
    expect(first.querySelector('button')?.textContent).to.equal('Bestil tid');
    const tel = first.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.textContent).to.equal('Ring og bestil tid: 12 34 56 78');
    expect(tel.getAttribute('href')).to.equal('tel:12345678');
    expect(card.querySelector('.step')!.textContent).to.contain('Før du kommer:');
    expect(card.querySelector('.visit')!.textContent).to.contain('Rådhustorvet 1, 9999 Eksempelby');
    expect(card.querySelector('.visit')!.textContent).to.contain('Åbningstider: mandag–onsdag kl. 10–15');
    expect(card.querySelectorAll('ol.steps > li').length).to.be.greaterThan(1);
    expect(card.querySelector('details.why summary')?.textContent).to.equal('Hvorfor foreslår vi det?');
    // Body headings sit below the card's own h3.
    expect(card.querySelector('.body h2, .body h3')).to.equal(null);
    expect(card.querySelector('.body h4')).to.not.equal(null);
  });

  it('keeps the phone and hours in view when the booking service cannot be reached', async () => {
    // The test server has no booking API, so this is the "backend down" case for real.
    const card = [...shadow.querySelectorAll('.card')].find((c) => c.querySelector('h3')?.textContent === 'Pas')!;
    card.querySelector<HTMLButtonElement>('ol.steps > li button')!.click();
    const alert = await waitFor(() => card.querySelector('.booking [role="alert"]'), 'the fallback');
    expect(alert.textContent).to.contain('Det, du har skrevet, er gemt');
    expect(alert.querySelector('a[href="tel:12345678"]')).to.not.equal(null);
    expect(alert.textContent).to.contain('Telefontid: mandag–torsdag kl. 9–15');
    expect(alert.querySelector('button')?.textContent).to.equal('Prøv igen');
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('puts emergency numbers first when someone may be in danger', async () => {
    await ask('min kæreste slår mig');
    const emergency = await waitFor(() => shadow.querySelector('.emergency'), 'the emergency message');
    const links = [...emergency.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.getAttribute('href'));
    // 112, then the national line for violence in close relations.
    expect(links.slice(0, 2)).to.deep.equal(['tel:112', 'tel:1888']);
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('says honestly when it finds nothing, with the site search and the phone number', async () => {
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'banan' });
    await sendKeys({ press: 'Enter' });
    const bubble = await waitFor(() => [...shadow.querySelectorAll('.bubble')].at(-1), 'the no-answer message');
    expect(bubble.textContent).to.contain('kunne vi ikke finde');
    expect(bubble.querySelector<HTMLAnchorElement>('a[href*="soeg"]')?.href).to.equal('https://www.eksempel-kommune.example/soeg?q=banan');
    expect(bubble.querySelector('a[href^="tel:"]')).to.not.equal(null);
  });
});

describe('a broken configuration', () => {
  it('never throws into the host page: it reports through onError and the console and shows a way to get help', async () => {
    const pageErrors: unknown[] = [];
    const onPageError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(event);
    window.addEventListener('error', onPageError);
    window.addEventListener('unhandledrejection', onPageError);
    const logged: unknown[][] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const host = document.createElement('vejviser-widget') as HTMLElement & { onError?: (e: unknown) => void };
      host.setAttribute('knowledge', '/findes-ikke/knowledge.json');
      const reported: unknown[] = [];
      host.onError = (error) => reported.push(error);
      const events: Event[] = [];
      document.addEventListener('vejviser-error', (event) => events.push(event));
      document.body.append(host);
      const launcher = shadowOf(host).querySelector<HTMLButtonElement>('.launcher')!;
      launcher.click();
      const fallback = await waitFor(() => shadowOf(host).querySelector('.fallback'), 'the fallback');
      expect(fallback.getAttribute('role')).to.equal('status');
      expect(fallback.textContent).to.contain('kunne ikke starte');
      expect(reported).to.have.length(1);
      expect(String(reported[0])).to.contain('404');
      expect(events).to.have.length(1);
      expect(logged.some((args) => args[0] === '[vejviser]')).to.equal(true);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      console.error = originalError;
      window.removeEventListener('error', onPageError);
      window.removeEventListener('unhandledrejection', onPageError);
    }
  });
});
