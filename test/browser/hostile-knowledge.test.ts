/**
 * Defence in depth: knowledge.json travels over the network and may come from a CDN. A tampered
 * file whose situation body carries script, event handlers, javascript: links, images, frames and
 * forms must not run anything or fetch anything when a citizen opens the answer.
 */
import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { addWidget, shadowOf, waitFor } from './helpers.ts';

const hostileBody = [
  '<h4 onclick="window.__pwned=\'h4\'">Sådan gør du</h4>',
  '<p>Læs <a href="javascript:window.__pwned=\'link\'">her</a> og <a href="https://www.borger.dk" onmouseover="window.__pwned=\'hover\'">på borger.dk</a>.</p>',
  '<img src="http://tracker.invalid/p.gif" onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned = "script"</script>',
  '<iframe src="javascript:parent.__pwned=\'frame\'"></iframe>',
  '<svg onload="window.__pwned=\'svg\'"><circle r="1"/></svg>',
  '<form action="https://evil.invalid"><input name="cpr"><button>Send</button></form>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '<p style="background:url(https://tracker.invalid/bg.png)">Tekst med stil</p>',
].join('');

describe('a tampered knowledge.json', () => {
  let shadow: ShadowRoot;
  const requested: string[] = [];

  before(async () => {
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => requested.push(entry.name))).observe({ type: 'resource', buffered: true });
    const knowledge = await (await fetch('/dist/vejviser/knowledge.json')).json();
    const pas = knowledge.situations.find((situation: { id: string }) => situation.id === 'pas');
    pas.html = hostileBody;
    const url = URL.createObjectURL(new Blob([JSON.stringify(knowledge)], { type: 'application/json' }));
    const host = await addWidget({ mode: 'inline', knowledge: url });
    shadow = shadowOf(host);
    await waitFor(() => shadow.querySelector('.panel input'), 'the inline panel');
  });

  it('shows the answer and its fuller text without running, loading or submitting anything from it', async () => {
    shadow.querySelector<HTMLInputElement>('.panel input')!.focus();
    await sendKeys({ type: 'nyt pas' });
    await sendKeys({ press: 'Enter' });
    const card = await waitFor(() => [...shadow.querySelectorAll('.card')].find((c) => c.querySelector('h3')?.textContent === 'Pas'), 'the Pas answer');
    card.querySelector('details')!.open = true;
    const body = card.querySelector('.body')!;
    await waitFor(() => body.textContent?.includes('Sådan gør du'), 'the body text');
    // Text survives; every element and attribute outside the allow-list is gone.
    expect(body.textContent).to.contain('Tekst med stil');
    expect(body.querySelectorAll('script, img, iframe, svg, form, input, [style], [onclick], [onerror], [onload], [onmouseover]').length).to.equal(0);
    const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.borger.dk']);
    // Clicking what used to be the javascript: link, and hovering the real one, does nothing.
    [...body.querySelectorAll('p')][0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    body.querySelector('a')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    body.querySelector('h4')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as unknown as { __pwned?: string }).__pwned).to.equal(undefined);
    expect(requested.filter((name) => name.includes('.invalid'))).to.deep.equal([]);
  });
});
