import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, deepActiveElement, shadowOf, waitFor } from './helpers.ts';

describe('the floating widget', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  const launcher = () => shadow.querySelector<HTMLButtonElement>('button.launcher')!;
  const panel = () => shadow.querySelector<HTMLElement>('.panel');
  const input = () => shadow.querySelector<HTMLInputElement>('input')!;

  async function ask(text: string) {
    input().focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
  }

  before(async () => {
    host = await addWidget();
    shadow = shadowOf(host);
  });

  it('renders only a native launcher button and loads nothing before the citizen interacts', () => {
    expect(launcher().tagName).to.equal('BUTTON');
    expect(launcher().getAttribute('aria-expanded')).to.equal('false');
    expect(panel()).to.equal(null);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => /app\.js|knowledge\.json/.test(name))).to.equal(false);
  });

  it('opens with Enter and moves focus to the labelled input', async () => {
    launcher().focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => panel(), 'the panel');
    await waitFor(() => deepActiveElement() === input(), 'focus in the input');
    expect(launcher().getAttribute('aria-expanded')).to.equal('true');
    const label = shadow.querySelector(`label[for="${input().id}"]`);
    expect(label?.textContent).to.equal('Skriv, hvad du har brug for');
  });

  it('shows a heading, an intro line, topic chips, a log, a send button and the contact footer', () => {
    expect(panel()!.getAttribute('role')).to.equal('dialog');
    expect(panel()!.getAttribute('aria-modal')).to.equal(null); // wide screen: beside the page, not modal
    expect(shadow.querySelector('h2')?.textContent).to.equal('Hvad skal du?');
    expect(shadow.querySelector('.intro')?.textContent).to.contain('egne ord');
    expect(shadow.querySelectorAll('.chip').length).to.be.greaterThan(2);
    expect(shadow.querySelector('[role="log"]')).to.not.equal(null);
    expect(shadow.querySelector<HTMLButtonElement>('button[type="submit"]')?.textContent).to.equal('Søg');
    const footer = shadow.querySelector('.contact')!.textContent!;
    expect(footer).to.contain('12 34 56 78');
    expect(footer).to.match(/Telefontid: mandag–torsdag kl. 9–15, fredag kl. 9–13/);
    // Deaf citizens: the interpreter route from municipality.yaml, one click away.
    expect(shadow.querySelector('.contact details summary')?.textContent).to.equal('Døv eller hørehæmmet?');
    expect(shadow.querySelector('.contact details p')?.textContent).to.contain('tegnsprogstolk');
  });

  it('answers "jeg skal flytte" with Flytning and its borger.dk link, leaving focus in the input', async () => {
    await ask('jeg skal flytte');
    const card = await waitFor(() => shadow.querySelector('[role="log"] .card'), 'an answer card');
    expect(card.querySelector('h3')?.textContent).to.equal('Flytning');
    const link = card.querySelector<HTMLAnchorElement>('a.action')!;
    expect(link.href).to.match(/^https:\/\/www\.borger\.dk\/bolig-og-flytning\//);
    expect(link.textContent).to.contain('(åbner i en ny fane)');
    expect(deepActiveElement()).to.equal(input());
    expect(input().value).to.equal('');
  });

  it('shows the citizen\'s words as text, never as HTML', async () => {
    await ask('<img src=x id=injected> pas');
    await waitFor(() => shadow.querySelectorAll('.question').length === 2, 'the second question');
    expect(shadow.querySelector('#injected')).to.equal(null);
    expect(shadow.querySelectorAll('.question')[1].textContent).to.contain('<img src=x id=injected>');
  });

  it('removes a CPR number before anything shows it, and says why', async () => {
    await ask('231187-9876 forny kørekort');
    const notice = await waitFor(() => shadow.querySelector('.notice'), 'the CPR notice');
    expect(notice.textContent).to.contain('CPR-nummer');
    expect(shadow.innerHTML).to.not.contain('231187');
    expect(shadow.innerHTML).to.not.contain('9876');
  });

  it('has no axe violations with answers showing', async () => {
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('"Ny samtale" clears the transcript, shows the topics again and keeps focus in the panel', async () => {
    const reset = shadow.querySelector<HTMLButtonElement>('button.new-conversation')!;
    reset.click();
    await waitFor(() => shadow.querySelectorAll('[role="log"] > *').length === 0, 'an empty transcript');
    expect(shadow.querySelectorAll('.chip').length).to.be.greaterThan(2);
    expect(deepActiveElement()).to.equal(input());
  });

  it('answers a topic chip and puts focus back in the input, as the chips go away', async () => {
    shadow.querySelector<HTMLButtonElement>('.chip')!.focus();
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => shadow.querySelector('.card h3'), 'an answer card');
    expect(card.textContent).to.equal('Flytning');
    expect(deepActiveElement()).to.equal(input());
  });

  it('lets Tab move on past the non-modal panel on a wide screen: no keyboard trap', async () => {
    const after = document.createElement('button');
    after.textContent = 'Host page button';
    document.body.append(after);
    try {
      let left = false;
      for (let i = 0; i < 60 && !left; i++) {
        await sendKeys({ press: 'Tab' });
        left = deepActiveElement() === after;
      }
      expect(left, 'Tab reached the host page').to.equal(true);
    } finally {
      after.remove();
    }
  });

  it('closes with Escape and returns focus to the launcher', async () => {
    input().focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => panel() === null, 'the panel to close');
    expect(deepActiveElement()).to.equal(launcher());
    expect(launcher().getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the conversation when reopened', async () => {
    launcher().click();
    await waitFor(() => panel(), 'the panel');
    expect(shadow.querySelector('.card h3')?.textContent).to.equal('Flytning');
  });
});
