import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, shadowOf, waitFor } from './helpers.ts';

describe('a profile the citizen\'s own words give', () => {
  it('routes "min mor kan ikke bruge computer og skal flytte" for a helper, says why, asks nothing, and can be changed', async () => {
    const host = await addWidget({ mode: 'inline' });
    const shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'min mor kan ikke bruge computer og skal flytte' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => shadow.querySelector<HTMLElement>('.card'), 'the answer');
    expect(card.querySelector('h3')?.textContent).to.equal('Flytning');
    expect(card.querySelector('ol.steps > li')?.textContent).to.contain('digital fuldmagt');
    // The profile question is not asked again: the words answered it.
    expect(card.querySelector('.profile')).to.equal(null);
    const bar = shadow.querySelector<HTMLElement>('.profile-bar')!;
    expect(bar.textContent).to.contain('Du skrev «kan ikke bruge computer, min mor», så vi viser vejen for: Jeg hjælper en anden');
    bar.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Enter' });
    const change = await waitFor(() => shadow.querySelector<HTMLElement>('#vv-profile-change')?.closest('.profile'), 'the question to change it');
    const self = [...change.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === 'Ja, det kan jeg selv')!;
    self.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow.querySelector('.profile-bar')?.textContent?.startsWith('Du har svaret:'), 'the chosen answer');
    expect(shadow.querySelector('.card ol.steps > li a.action')?.getAttribute('href')).to.match(/^https:\/\/www\.borger\.dk\//);
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
