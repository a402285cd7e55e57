/**
 * The phone hand-off panel, rendered from source into a shadow root of its own, as the
 * widget will once staff ask for it. The QR code is decoded with jsQR from the SVG's own pixels,
 * so a code that looks right but scans wrong fails here.
 */
import { expect } from 'chai';
import { h, render } from 'preact';
// jsQR ships only a UMD build: imported for its side effect, it sets self.jsQR.
import 'jsqr';
import type jsQRFunction from 'jsqr';
import type { CompiledKnowledge } from '../../knowledge/compiler/compiled.ts';
import { HandoffPanel } from '../../widget/src/handoff/handoff-panel.tsx';
import { qrSvgPath, quietZone } from '../../widget/src/handoff/qr.ts';
import { loadEnglish, strings, type Lang } from '../../widget/src/i18n/strings.ts';
import { Widget, type WidgetContext } from '../../widget/src/ui/context.ts';
import { axeViolations, deepActiveElement } from './helpers.ts';

const jsQR = (self as unknown as { jsQR: typeof jsQRFunction }).jsQR;

const counterUrl = 'http://127.0.0.1:8080/skranke.html#vejviser=pas&profil=exempt';
const pixelsPerModule = 4;

/** Renders the panel into a fresh shadow root, inside an answer card's heading structure. */
function mountPanel(url: string, lang: Lang = 'da', onClose = () => {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const main = document.createElement('main');
  const card = document.createElement('article');
  const title = document.createElement('h3');
  title.textContent = 'Pas';
  card.append(title);
  main.append(card);
  shadow.append(main);
  // The panel reads only the language; the rest of the context is there to satisfy the type.
  const context: WidgetContext = { lang, t: strings(lang), knowledge: {} as CompiledKnowledge };
  render(h(Widget.Provider, { value: context }, h(HandoffPanel, { url, onClose })), card);
  return { host, shadow, section: shadow.querySelector<HTMLElement>('section.handoff')! };
}

/** Draws the panel's SVG on a white canvas, as a phone camera would see it, and decodes it. */
async function scan(svg: SVGSVGElement): Promise<string | undefined> {
  const modules = svg.viewBox.baseVal.width;
  const side = modules * pixelsPerModule;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(side));
  copy.setAttribute('height', String(side));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.drawImage(image, 0, 0, side, side);
  const { data } = context.getImageData(0, 0, side, side);
  // No inverted attempt: the code must scan as dark on light, the way it is drawn.
  return jsQR(data, side, side, { inversionAttempts: 'dontInvert' })?.data;
}

describe('continuing on a phone: the QR hand-off panel', () => {
  afterEach(() => {
    for (const host of document.body.querySelectorAll('div')) {
      if (host.shadowRoot) {
        render(null, host.shadowRoot.querySelector('article')!);
        host.remove();
      }
    }
  });

  it('shows a QR code that scans to exactly the deep link, with a white quiet zone of four modules', async () => {
    const { section } = mountPanel(counterUrl);
    const svg = section.querySelector<SVGSVGElement>('svg')!;
    expect(await scan(svg)).to.equal(counterUrl);
    const { size } = qrSvgPath(counterUrl);
    const box = svg.viewBox.baseVal;
    expect([box.x, box.y, box.width, box.height]).to.deep.equal([-quietZone, -quietZone, size + 8, size + 8]);
    const ground = svg.querySelector('rect')!;
    expect(ground.getAttribute('fill')).to.equal('#fff');
    expect(Number(ground.getAttribute('width'))).to.equal(size + 8);
    expect(svg.querySelector('path')?.getAttribute('fill')).to.equal('currentColor');
  });

  it('encodes whatever link it is given, not one fixed code', async () => {
    const other = 'https://www.eksempel.dk/borger/flytning#vejviser=flytning&profil=proxy';
    const { section } = mountPanel(other);
    expect(await scan(section.querySelector('svg')!)).to.equal(other);
    expect(qrSvgPath(other).path).not.to.equal(qrSvgPath(counterUrl).path);
  });

  it('draws black on white at 12em, with its own stylesheet adopted into the shadow root', () => {
    const { shadow, section } = mountPanel(counterUrl);
    const svg = section.querySelector('svg')!;
    const style = getComputedStyle(svg);
    expect(style.color).to.equal('rgb(0, 0, 0)');
    expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    const em = parseFloat(getComputedStyle(section).fontSize);
    expect(svg.getBoundingClientRect().width).to.be.closeTo(12 * em, 0.5);
    expect(svg.getBoundingClientRect().height).to.be.closeTo(12 * em, 0.5);
    // Opening a second panel in the same root does not add the sheet again.
    const sheets = shadow.adoptedStyleSheets.length;
    render(h(Widget.Provider, { value: { lang: 'da', t: strings('da'), knowledge: {} as CompiledKnowledge } },
      h(HandoffPanel, { url: counterUrl, onClose: () => {} })), shadow.querySelector('main')!.appendChild(document.createElement('div')));
    expect(shadow.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('names itself by its heading, labels the code and shows the same link as text, in Danish', () => {
    const { shadow, section } = mountPanel(counterUrl);
    const heading = shadow.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.equal('Fortsæt på din telefon');
    expect(deepActiveElement()).to.equal(heading);
    expect(section.textContent).to.contain('Scan koden med kameraet på din telefon. Så ser du det samme svar.');
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-kode med linket til svaret');
    expect(section.textContent).to.contain('Eller skriv adressen:');
    expect(section.querySelector('code')?.textContent).to.equal(counterUrl);
    expect(getComputedStyle(section.querySelector('.handoff-url')!).overflowWrap).to.equal('anywhere');
    expect(section.querySelector('button')?.textContent).to.equal('Luk');
  });

  it('speaks English when the widget does, and leaves out "https://" from the text to type', async () => {
    await loadEnglish();
    const url = 'https://www.eksempel.dk/borger#vejviser=pas';
    const { section } = mountPanel(url, 'en');
    expect(section.querySelector('h4')?.textContent).to.equal('Continue on your phone');
    expect(section.textContent).to.contain('Scan the code with your phone’s camera. Then you will see the same answer.');
    expect(section.querySelector('svg')?.getAttribute('aria-label')).to.equal('QR code with the link to the answer');
    expect(section.textContent).to.contain('Or type the address:');
    expect(section.querySelector('code')?.textContent).to.equal('www.eksempel.dk/borger#vejviser=pas');
    expect(section.querySelector('button')?.textContent).to.equal('Close');
  });

  it('closes with its native "Luk" button', () => {
    let closed = 0;
    const { section } = mountPanel(counterUrl, 'da', () => closed++);
    const button = section.querySelector('button')!;
    expect(button.type).to.equal('button');
    button.click();
    expect(closed).to.equal(1);
  });

  it('has no axe violations', async () => {
    const { host } = mountPanel(counterUrl);
    expect(await axeViolations(host)).to.deep.equal([]);
  });

  it('fits a 320 px wide screen without scrolling sideways', () => {
    const { host, section } = mountPanel('https://www.eksempel.dk/borger/flytning-og-adresseaendring#vejviser=flytning&profil=exempt');
    host.style.width = '320px';
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    expect(section.querySelector('svg')!.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right);
  });
});
