import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, shadowOf, waitFor } from './helpers.ts';

describe('the widget in English (lang="en")', () => {
  it('speaks English and marks translated and untranslated text with the right lang', async () => {
    const shadow = shadowOf(await addWidget({ mode: 'inline', lang: 'en' }));
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    expect(shadow.querySelector('h2')?.textContent).to.equal('What do you need?');
    expect(shadow.querySelector('.panel')?.getAttribute('lang')).to.equal('en');
    shadow.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'moving' });
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => shadow.querySelector<HTMLElement>('.card'), 'an answer');
    expect(card.getAttribute('lang')).to.equal('en');
    expect(card.querySelector('h3')?.textContent).to.equal('Moving');
    // The Markdown body has no translation, so it keeps lang="da" for screen readers.
    expect(card.querySelector('.body')?.getAttribute('lang')).to.equal('da');
  });
});
