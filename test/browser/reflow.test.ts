import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import { addWidget, shadowOf, waitFor } from './helpers.ts';

// WCAG 1.4.10 Reflow: usable at 320 CSS px wide without scrolling in two directions.
describe('the floating widget at 320 CSS px', () => {
  it('fits the panel, the input and the answer inside the viewport without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const shadow = shadowOf(await addWidget());
    shadow.querySelector<HTMLButtonElement>('.launcher')!.click();
    await waitFor(() => shadow.querySelector('input'), 'the panel');
    shadow.querySelector<HTMLButtonElement>('.chip')!.click();
    await waitFor(() => shadow.querySelector('.card'), 'an answer');
    for (const selector of ['.panel', 'input', '.send', '.card', 'a.action', '.contact', '.launcher']) {
      const box = shadow.querySelector(selector)!.getBoundingClientRect();
      expect(box.left, selector).to.be.at.least(0);
      expect(box.right, selector).to.be.at.most(320);
    }
    const panel = shadow.querySelector<HTMLElement>('.panel')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    const body = shadow.querySelector<HTMLElement>('.panel-body')!;
    expect(body.scrollWidth).to.be.at.most(body.clientWidth);
    // Main controls are at least 44 × 44 CSS px (WCAG 2.5.5).
    for (const selector of ['.launcher', '.send', 'input', '.close', '.reset', 'a.action']) {
      const box = shadow.querySelector(selector)!.getBoundingClientRect();
      expect(box.height, selector).to.be.at.least(44);
    }
  });
});
