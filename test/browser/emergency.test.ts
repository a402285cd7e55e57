/**
 * Safety first, in Chromium: clear danger shows 112 first as a large call button and takes focus
 * so a screen-reader or keyboard user meets it at once; possible danger shows the numbers above the
 * normal answer and leaves focus where the citizen types; "Luk hurtigt" leaves nothing behind.
 */
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, axeViolations, deepActiveElement, shadowOf, waitFor } from './helpers.ts';

describe('emergencies in the widget', () => {
  let host: HTMLElement;
  let shadow: ShadowRoot;

  before(async () => {
    host = await addWidget({ mode: 'inline' });
    shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('.panel input'), 'the inline panel');
  });

  async function ask(text: string) {
    const input = shadow.querySelector<HTMLInputElement>('.panel input')!;
    input.focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
  }
  const lastMessages = (count: number) => [...shadow.querySelectorAll('[role="log"] > .message')].slice(-count);

  it('shows only the emergency route for clear danger: 112 first as a large button, then Borgerservice', async () => {
    await ask('min far trækker ikke vejret');
    const box = await waitFor(() => shadow.querySelector('.emergency.clear'), 'the emergency message');
    const heading = box.querySelector('h3')!;
    expect(heading.textContent).to.equal('Ring 112 nu, hvis nogen er i fare for liv eller helbred');
    const calls = [...box.querySelectorAll<HTMLAnchorElement>('a.call')];
    expect(calls[0].getAttribute('href')).to.equal('tel:112');
    expect(calls[0].textContent).to.contain('Ring 112');
    for (const call of calls) expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(box.querySelector('.call-also a')?.getAttribute('href')).to.equal('tel:12345678');
    // Nothing else is offered beside it: the emergency message is the last thing in the log.
    const [question, answer] = lastMessages(2);
    expect(question.classList.contains('mine')).to.equal(true);
    expect(answer.querySelector('.emergency.clear')).to.not.equal(null);
    expect(shadow.querySelectorAll('.card').length).to.equal(0);
  });

  it('moves focus to the emergency heading, so a screen reader reads it at once', async () => {
    const heading = shadow.querySelector<HTMLElement>('.emergency.clear h3')!;
    await waitFor(() => deepActiveElement() === heading, 'focus on the emergency heading');
    // The heading names the box it sits in, and the box is in the log the transcript announces.
    const box = heading.closest('.emergency')!;
    expect(box.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(box.closest('[role="log"]')).to.not.equal(null);
    // The next Tab reaches the 112 button.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('href')).to.equal('tel:112');
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('matches the numbers to the danger: Livslinien beside 112 for suicidal thoughts', async () => {
    await ask('jeg kan ikke mere, jeg vil ikke leve');
    const box = await waitFor(() => shadow.querySelectorAll('.emergency.clear')[1], 'a second emergency message');
    const hrefs = [...box.querySelectorAll('a.call')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:112', 'tel:70201201']);
  });

  it('shows the numbers above the normal answer for possible danger, and leaves focus in the input', async () => {
    await ask('min eks truer mig, hvordan får jeg hemmelig adresse');
    const [, box, answer] = await waitFor(() => {
      const last = lastMessages(3);
      return last[1]?.querySelector('.emergency.possible') && last;
    }, 'the possible-danger box');
    expect(box.querySelector('h3')!.textContent).to.equal('Er nogen i fare lige nu? Så ring 112 først');
    expect(box.querySelector('a.call')?.getAttribute('href')).to.equal('tel:112');
    expect(answer.querySelector('.card h3')?.textContent).to.equal('Navne- og adressebeskyttelse');
    expect(deepActiveElement()).to.equal(shadow.querySelector('.panel input'));
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('"Luk hurtigt" clears the conversation and leaves nothing in storage', async () => {
    expect(sessionStorage.getItem('vejviser')).to.not.equal(null);
    const button = shadow.querySelector<HTMLButtonElement>('.emergency .quick-exit')!;
    expect(button.textContent).to.equal('Luk hurtigt');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    button.click();
    await waitFor(() => shadow.querySelectorAll('[role="log"] > .message').length === 0, 'an empty transcript');
    expect(sessionStorage.getItem('vejviser')).to.equal(null);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(shadow.textContent).to.not.contain('truer');
    expect(deepActiveElement()).to.equal(shadow.querySelector('.panel input'));
  });
});
