import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, shadowOf, waitFor } from './helpers.ts';

// Resets and oversized type that real host pages ship; none of it may change the widget.
const hostileCss = `
  * { all: unset; }
  html { font-size: 48px; }
  body { font-size: 40px; line-height: 3; letter-spacing: 4px; word-spacing: 10px; color: red;
         text-transform: uppercase; text-align: center; font-style: italic; font-weight: 900; }
  button { display: none; }
  input { display: none; }
  a { color: lime; }
  div, section, p, h2, h3 { margin: 50px; padding: 50px; font-size: 60px; }
`;

const measured = ['.launcher', '.panel', 'h2', 'label', 'input', '.send', '.card', '.card h3', 'a.action', '.contact', '.chip'];
const properties = ['display', 'font-size', 'line-height', 'letter-spacing', 'color', 'background-color', 'text-transform', 'font-weight', 'font-style', 'text-align', 'margin-top', 'padding-top'];

/** Boxes and computed styles of the widget's main parts. */
function measure(shadow: ShadowRoot) {
  return measured.map((selector) => {
    const element = shadow.querySelector(selector);
    if (!element) return { selector, missing: true };
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return {
      selector,
      box: [box.x, box.y, box.width, box.height].map(Math.round),
      style: Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])),
    };
  });
}

describe('the widget under hostile host-page CSS', () => {
  let shadow: ShadowRoot;

  before(async () => {
    shadow = shadowOf(await addWidget());
    shadow.querySelector<HTMLButtonElement>('.launcher')!.click();
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    shadow.querySelector<HTMLButtonElement>('.chip')!.click(); // a topic, so chips and a card both exist below
    await waitFor(() => shadow.querySelector('.card'), 'an answer');
  });

  it('looks exactly the same before and after the host page adds resets and huge fonts', async () => {
    const before = measure(shadow);
    const style = document.createElement('style');
    style.textContent = hostileCss;
    document.head.append(style);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const after = measure(shadow);
    expect(after).to.deep.equal(before);
    expect(before.filter((part) => !('missing' in part)).length).to.be.greaterThan(8);
  });

  it('still opens, answers and closes under the hostile CSS', async () => {
    const input = shadow.querySelector<HTMLInputElement>('input')!;
    input.focus();
    await sendKeys({ type: 'forny pas' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => [...shadow.querySelectorAll('.card h3')].some((h) => h.textContent === 'Pas'), 'the Pas answer');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !shadow.querySelector('.panel'), 'the panel to close');
    const launcher = shadow.querySelector<HTMLButtonElement>('.launcher')!;
    expect(getComputedStyle(launcher).display).to.equal('flex'); // inline-flex, blockified by position: fixed
    expect(launcher.getBoundingClientRect().height).to.be.greaterThanOrEqual(44);
  });
});
