import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, deepActiveElement, shadowOf, waitFor } from './helpers.ts';

describe('the profile question and the route, with the keyboard', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;
  const lastCard = () => [...shadow.querySelectorAll<HTMLElement>('.card')].at(-1)!;
  const firstStep = () => lastCard().querySelector<HTMLElement>('ol.steps > li')!;
  const press = async (element: HTMLElement) => {
    element.focus();
    await sendKeys({ press: 'Enter' });
  };

  before(async () => {
    host = await addWidget({ mode: 'inline' });
    shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'jeg skal flytte' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow.querySelector('.card'), 'the answer');
  });

  it('shows the self-service first and asks the one question where the answer matters', async () => {
    expect(firstStep().querySelector<HTMLAnchorElement>('a.action')?.href).to.match(/^https:\/\/www\.borger\.dk\//);
    const question = lastCard().querySelector('.profile')!;
    expect(question.getAttribute('role')).to.equal('group');
    expect(question.textContent).to.contain('Kan du selv bruge MitID og selvbetjening på nettet?');
    expect(question.querySelectorAll('button').length).to.equal(4);
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('re-routes for a citizen who cannot use self-service, moves focus to the steps and remembers the answer', async () => {
    const exempt = [...lastCard().querySelectorAll<HTMLButtonElement>('.profile button')].find((b) => b.textContent === 'Nej, det kan jeg ikke')!;
    await press(exempt);
    await waitFor(() => !lastCard().querySelector('.profile'), 'the question to close');
    expect(firstStep().querySelector('a.action[href^="https://www.borger.dk/bolig"]')).to.equal(null);
    expect(firstStep().textContent).to.match(/Borgerservice/);
    expect(deepActiveElement()?.classList.contains('route-heading')).to.equal(true);
    expect(shadow.querySelector('.profile-bar')?.textContent).to.contain('Nej, det kan jeg ikke');
    expect(lastCard().textContent).to.contain('Er du fritaget for Digital Post');
  });

  it('can change the answer from the panel: acting for someone else gives digital fuldmagt and the MitID warning', async () => {
    await press(shadow.querySelector<HTMLButtonElement>('.profile-bar button')!);
    const proxy = await waitFor(() => [...shadow.querySelectorAll<HTMLButtonElement>('.profile button')].find((b) => b.textContent === 'Jeg hjælper en anden'), 'the question again');
    await press(proxy);
    await waitFor(() => firstStep().querySelector('a[href*="digital-fuldmagt"]'), 'the fuldmagt step');
    expect(lastCard().textContent).to.contain('Brug aldrig en andens MitID');
    expect(shadow.querySelector('.profile-bar')?.textContent).to.contain('Jeg hjælper en anden');
  });

  it('explains the first step on demand, and stays axe clean', async () => {
    const summary = lastCard().querySelector<HTMLElement>('details.why summary')!;
    await press(summary);
    expect(lastCard().querySelector<HTMLDetailsElement>('details.why')!.open).to.equal(true);
    expect(lastCard().querySelector('details.why p')?.textContent).to.contain('fuldmagt');
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
