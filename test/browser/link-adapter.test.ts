import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, shadowOf, waitFor } from './helpers.ts';

describe('the link booking adapter', () => {
  it('opens the municipality\'s own booking page for the service, with the phone beside it', async () => {
    // The shipped knowledge, switched to the link adapter as a municipality without a booking API would.
    const knowledge = await (await fetch('/dist/vejviser/knowledge.json')).json();
    knowledge.municipality.booking = { adapter: 'link', api: '/api' };
    knowledge.municipality.bookingServices.find((s: { id: string }) => s.id === 'pas').link = 'https://booking.eksempel-kommune.example/pas';
    const url = URL.createObjectURL(new Blob([JSON.stringify(knowledge)], { type: 'application/json' }));
    const host = await addWidget({ mode: 'inline', knowledge: url });
    const shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'forny pas' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    const first = await waitFor(() => shadow.querySelector('.card ol.steps > li'), 'the route');
    const link = first.querySelector<HTMLAnchorElement>('a[href="https://booking.eksempel-kommune.example/pas"]');
    expect(link?.textContent).to.contain('Bestil tid på kommunens side');
    expect(first.querySelector('a[href="tel:12345678"]')).to.not.equal(null);
    expect(first.querySelector('button')).to.equal(null);
    expect(await axeViolations(host)).to.deep.equal([]);
  });
});
