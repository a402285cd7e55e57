import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, deepActiveElement, shadowOf, waitFor } from './helpers.ts';

describe('type-ahead and the clarify and none outcomes, with the keyboard', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  const input = () => shadow.querySelector<HTMLInputElement>('input')!;
  const listbox = () => shadow.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...shadow.querySelectorAll<HTMLElement>('[role="option"]')];

  async function clearInput() {
    input().focus();
    input().select();
    await sendKeys({ press: 'Backspace' });
  }

  before(async () => {
    host = await addWidget({ mode: 'inline' });
    shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('input'), 'the panel');
  });

  it('is a combobox that suggests up to three situations while the citizen types', async () => {
    input().focus();
    await sendKeys({ type: 'sundh' });
    await waitFor(() => !listbox().hidden, 'the suggestions');
    expect(input().getAttribute('role')).to.equal('combobox');
    expect(input().getAttribute('aria-expanded')).to.equal('true');
    expect(input().getAttribute('aria-controls')).to.equal(listbox().id);
    expect(options().length).to.be.within(1, 3);
    expect(options()[0].textContent).to.equal('Sundhedskort');
    const announcement = [...shadow.querySelectorAll('[aria-live]')].map((n) => n.textContent).join(' ');
    expect(announcement).to.match(/\d forslag/);
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('moves through suggestions with the arrow keys while focus stays in the input, and picks with Enter', async () => {
    await sendKeys({ press: 'ArrowDown' });
    expect(input().getAttribute('aria-activedescendant')).to.equal(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).to.equal('true');
    expect(deepActiveElement()).to.equal(input());
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => shadow.querySelector('.card h3'), 'the answer');
    expect(card.textContent).to.equal('Sundhedskort');
    expect(listbox().hidden).to.equal(true);
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(input().value).to.equal('');
    expect(deepActiveElement()).to.equal(input());
  });

  it('closes the suggestions with Escape, and picks one with the pointer', async () => {
    input().focus();
    await sendKeys({ type: 'koerek' });
    await waitFor(() => !listbox().hidden, 'the suggestions');
    await sendKeys({ press: 'Escape' });
    expect(listbox().hidden).to.equal(true);
    expect(input().value).to.equal('koerek');
    await clearInput();
    await sendKeys({ type: 'vugges' });
    await waitFor(() => !listbox().hidden, 'the suggestions');
    options()[0].click();
    await waitFor(() => [...shadow.querySelectorAll('.card h3')].some((h) => h.textContent?.startsWith('Pasning')), 'the Pasning answer');
  });

  it('asks "Mente du …?" when two situations are close, and answers the chosen one', async () => {
    await clearInput();
    await sendKeys({ type: 'tilskud' }); // grants of many kinds: inherently ambiguous
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    const bubble = await waitFor(() => [...shadow.querySelectorAll('.bubble')].find((b) => b.textContent?.includes('Mente du')), 'the clarify message');
    const buttons = [...bubble.querySelectorAll<HTMLButtonElement>('button.option')];
    expect(buttons.length).to.be.within(2, 3);
    buttons[buttons.length - 1].focus();
    const chosen = buttons[buttons.length - 1].textContent;
    await sendKeys({ press: 'Enter' });
    await waitFor(() => [...shadow.querySelectorAll('.card h3')].some((h) => h.textContent === chosen), 'the chosen answer');
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('says honestly when it does not know, with the site search, the phone and whether it is open now', async () => {
    await clearInput();
    await sendKeys({ type: 'opskrift på frikadeller' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    const bubble = await waitFor(() => [...shadow.querySelectorAll('.bubble')].find((b) => b.textContent?.includes('kunne vi ikke finde')), 'the none message');
    expect(bubble.querySelector<HTMLAnchorElement>('a[href*="soeg?q="]')?.href).to.contain(encodeURIComponent('opskrift på frikadeller'));
    expect(bubble.querySelector('a[href^="tel:"]')).to.not.equal(null);
    expect(bubble.querySelector('.open, .closed')?.textContent).to.match(/Åbent nu|Lukket nu/);
    expect(shadow.querySelectorAll('.card h3').length).to.equal(3); // no answer was added for it
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
