/** End to end: the floating widget adapts to how citizens see — reflow, text size, text spacing, target size, focus and UI contrast, forced colours, reduced motion and more contrast. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../helpers/demo-site.ts';
import { repoRoot } from '../helpers/knowledge.ts';
import { desktop, messageCount, openPage, openWithKeyboard, phone, typeAndSend, type Viewport } from '../helpers/widget-page.ts';

let site: DemoSite;

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(() => site?.close());

/** The WCAG 1.4.10 reflow sizes, both at once: 320 CSS px wide and 256 high (1280 × 1024 at 400 % zoom). */
const reflow: Viewport = { width: 320, height: 256 };

/** What the two questions answer: "Pas" has booking steps, "Flytning" a primary link, profile options and inline links. */
const pas = { query: 'nyt pas', title: 'Pas' };
const flytning = { query: 'jeg skal flytte', title: 'Flytning' };

/**
 * Helpers that run inside the page. They are sent as source text, so each must be self-contained;
 * one reaches another through the `kit` argument.
 */
const pageKit = {
  /** "button.send "Søg"": tag, classes and accessible-ish text, for failure messages. */
  nameOf: (el: Element): string => {
    const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${classes}${text ? ` "${text}"` : ''}`;
  },
  /** Laid out and meant to be seen: rendered, not inside a closed <details>, not visually hidden. */
  shown: (el: Element): boolean => el.getClientRects().length > 0 && !el.closest('.visually-hidden') && getComputedStyle(el).visibility !== 'hidden',
  /**
   * Scrolls `el` into view the way a browser would for a citizen, then says whether it lies inside
   * the viewport (an element taller than the viewport must fill it) and whether the topmost thing at
   * the centre of its visible part is the element itself, i.e. nothing covers it. "" when all is well.
   */
  reach: (shadow: ShadowRoot, selector: string, kit: { nameOf: (el: Element) => string }, el: Element | null = shadow.querySelector(selector)): string => {
    if (!el) return `${selector}: not found`;
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = el.getBoundingClientRect();
    const slack = 0.5;
    const inside = box.left >= -slack && box.right <= innerWidth + slack
      && (box.height <= innerHeight ? box.top >= -slack && box.bottom <= innerHeight + slack : box.top <= slack && box.bottom >= innerHeight - slack);
    const x = (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2;
    const y = (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2;
    const hit = shadow.elementFromPoint(x, y);
    const uncovered = !!hit && (hit === el || el.contains(hit));
    const where = `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)} in ${innerWidth}×${innerHeight}`;
    return [
      inside ? '' : `${selector} is not inside the viewport after scrolling to it (${where})`,
      uncovered ? '' : `${selector} is covered at its centre by ${hit ? kit.nameOf(hit) : 'nothing in the widget'} (${where})`,
    ].filter(Boolean).join('; ');
  },
  /** What makes the page or the panel scroll sideways, and anything shown outside the panel's sides. */
  sideways: (shadow: ShadowRoot, kit: { nameOf: (el: Element) => string; shown: (el: Element) => boolean }): string[] => {
    const problems: string[] = [];
    const page = document.scrollingElement!;
    if (page.scrollWidth > innerWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${innerWidth}`);
    const panel = shadow.querySelector<HTMLElement>('.panel')!;
    for (const el of [panel, shadow.querySelector<HTMLElement>('.panel-body')!]) {
      if (el.scrollWidth > el.clientWidth) problems.push(`${kit.nameOf(el).slice(0, 30)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const edge = panel.getBoundingClientRect();
    for (const el of panel.querySelectorAll('*')) {
      if (!kit.shown(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.left < edge.left - 1 || box.right > edge.right + 1) problems.push(`${kit.nameOf(el)} sticks out of the panel (${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(edge.left)}–${Math.round(edge.right)})`);
    }
    return problems;
  },
  /** The first opaque background at or behind `el` (the panel's white if none). */
  backgroundBehind: (el: Element): string => {
    for (let at: Element | null = el; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (!/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  },
};
type Kit = typeof pageKit;
const kitSource = `{${Object.entries(pageKit).map(([name, fn]) => `${name}: ${fn.toString()}`).join(',\n')}}`;

/** Runs `fn` inside the page with the floating widget's shadow root, the page kit and a JSON argument. */
function inPanel<T, A = null>(page: Page, fn: (shadow: ShadowRoot, kit: Kit, arg: A) => T, arg?: A): Promise<Awaited<T>> {
  const shadow = `document.querySelector('vejviser-widget:not([mode="inline"])').shadowRoot`;
  return page.evaluate(`(${fn.toString()})(${shadow}, ${kitSource}, ${JSON.stringify(arg ?? null)})`) as Promise<Awaited<T>>;
}

/**
 * Emulates CSS media features through the DevTools protocol (puppeteer's own emulateMediaFeatures
 * refuses forced-colors and prefers-contrast). Each call replaces the previous emulation.
 */
async function emulateMedia(page: Page, features: { name: string; value: string }[]): Promise<void> {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features });
  await settle(page);
}

/** Lets style and layout catch up after a media emulation or a style change: two frames, no timer. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Asks from the focused input and waits until the newest message is the answer card titled `title`. */
async function ask(page: Page, { query, title }: { query: string; title: string }): Promise<void> {
  const before = await messageCount(page);
  await typeAndSend(page, query);
  await page.waitForFunction((count: number, expected: string) => {
    const log = document.querySelector('vejviser-widget:not([mode="inline"])')?.shadowRoot?.querySelector('[role="log"]');
    return !!log && log.children.length >= count + 2 && log.lastElementChild?.querySelector('.card h3')?.textContent === expected;
  }, { timeout: 10_000 }, before, title);
}

/** The demo front page at `viewport` with the panel opened from the keyboard and each question answered. */
async function answeredPage(viewport: Viewport, questions = [pas]): Promise<Page> {
  const page = await openPage(site, '/', viewport);
  await openWithKeyboard(page);
  for (const question of questions) await ask(page, question);
  return page;
}

/** Opens every <details> in the panel, so what they hold is checked too. */
async function openAllDetails(page: Page): Promise<void> {
  await inPanel(page, (shadow) => shadow.querySelectorAll('details').forEach((details) => { details.open = true; }));
  await settle(page);
}

/** A computed CSS colour as [r, g, b, alpha]; fails loudly on a format it does not know. */
function parseColour(css: string): [number, number, number, number] {
  if (css === 'transparent') return [0, 0, 0, 0];
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG relative luminance of an opaque sRGB colour. */
function luminance([r, g, b]: number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of `foreground` (composited over `background` if translucent) against `background`. */
function contrast(foreground: string, background: string): number {
  const back = parseColour(background);
  const [r, g, b, a] = parseColour(foreground);
  const over = [r, g, b].map((channel, i) => channel * a + back[i] * (1 - a));
  const [light, dark] = [luminance(over), luminance(back)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('reflow at 320 × 256 CSS px (WCAG 1.4.10)', () => {
  it('shows the answer without any sideways scrolling, and the close button, the input and the newest answer can each be scrolled into view uncovered', async () => {
    const page = await answeredPage(reflow);
    try {
      expect(await inPanel(page, (shadow, kit) => kit.sideways(shadow, kit))).toEqual([]);
      const problems = await inPanel(page, (shadow, kit) => [
        kit.reach(shadow, '.close', kit),
        kit.reach(shadow, '.ask input', kit),
        kit.reach(shadow, 'the newest message', kit, shadow.querySelector('[role="log"]')!.lastElementChild),
      ].filter(Boolean));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('text size (WCAG 1.4.4)', () => {
  it('at a 200 % browser text size on 1280 × 800 the panel text is twice as large, nothing scrolls sideways, and the input and send button can be reached', async () => {
    const selectors = ['.launcher', '.panel', '.panel h2', '.card h3', '.card p', '.card .send', '.ask label', '.ask input', '.ask .send', '.contact'];
    const fontSizes = (page: Page) => inPanel(page, (shadow, _kit, list) => Object.fromEntries(list.map((selector) => {
      const el = shadow.querySelector(selector);
      return [selector, el ? parseFloat(getComputedStyle(el).fontSize) : NaN];
    })), selectors);

    const normal = await answeredPage(desktop);
    const before = await fontSizes(normal).finally(() => normal.close());

    const page = await openPage(site, '/', desktop);
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.reload({ waitUntil: 'networkidle0' });
      await openWithKeyboard(page);
      await ask(page, pas);
      const after = await fontSizes(page);
      const ratios = Object.fromEntries(selectors.map((selector) => [selector, Math.round((after[selector] / before[selector]) * 100) / 100]));
      expect(ratios).toEqual(Object.fromEntries(selectors.map((selector) => [selector, 2])));
      expect(await inPanel(page, (shadow, kit) => kit.sideways(shadow, kit))).toEqual([]);
      expect(await inPanel(page, (shadow, kit) => [kit.reach(shadow, '.ask input', kit), kit.reach(shadow, '.ask .send', kit)].filter(Boolean))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sizes the widget in rem and em: the only px in its CSS are 1–3 px borders and outlines', () => {
    /** "file:line: selector { declaration }" for every px length that is not allowed. */
    const offending = (file: string, css: string, firstLine = 1) => {
      // Comments may talk about px; blank them but keep the offsets, and so the line numbers.
      const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
      const found: string[] = [];
      // Innermost blocks only, so a rule inside @media is read with its own selector.
      for (const rule of code.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
        const selector = rule[1].trim().replace(/\s+/g, ' ');
        const bodyAt = rule.index + rule[0].indexOf('{') + 1;
        for (const declaration of rule[2].matchAll(/([a-z-]+)\s*:\s*([^;]*)/g)) {
          const [text, property, value] = declaration;
          const pixels = [...value.matchAll(/(-?\d*\.?\d+)px\b/g)].map(([, n]) => Math.abs(Number(n)));
          if (!pixels.length) continue;
          // Thin borders and outlines stay crisp hairlines at any text size.
          if (/^(border|outline)/.test(property) && pixels.every((n) => n >= 1 && n <= 3)) continue;
          // The visually-hidden idiom's 1 px box is never seen, so it has no size to follow.
          if (selector === '.visually-hidden' && pixels.every((n) => n === 1)) continue;
          const line = firstLine + code.slice(0, bodyAt + declaration.index).split('\n').length - 1;
          found.push(`${file}:${line}: ${selector} { ${text.trim()} }`);
        }
      }
      return found;
    };
    const appCss = readFileSync(join(repoRoot, 'widget', 'src', 'ui', 'app.css'), 'utf8');
    const loader = readFileSync(join(repoRoot, 'widget', 'src', 'loader.ts'), 'utf8');
    const loaderCss = /const css = `([^`]*)`/.exec(loader);
    expect(loaderCss, 'the loader keeps its CSS in `const css = `…``').not.toBeNull();
    const loaderLine = loader.slice(0, loaderCss!.index).split('\n').length;
    expect([...offending('widget/src/ui/app.css', appCss), ...offending('widget/src/loader.ts', loaderCss![1], loaderLine)]).toEqual([]);
  });
});

describe('text spacing (WCAG 1.4.12)', () => {
  for (const viewport of [desktop, phone]) {
    it(`clips no text at ${viewport.width} CSS px wide when line height, letter, word and paragraph spacing are raised inside the widget`, async () => {
      const page = await answeredPage(viewport, [pas, flytning]);
      try {
        await inPanel(page, (shadow) => {
          const spacing = new CSSStyleSheet();
          spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
          shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, spacing];
        });
        await openAllDetails(page);
        const applied = await inPanel(page, (shadow) => getComputedStyle(shadow.querySelector('.card p')!).letterSpacing);
        expect(parseFloat(applied)).toBeGreaterThan(0);
        const problems = await inPanel(page, (shadow, kit) => {
          const found: string[] = [];
          for (const el of shadow.querySelectorAll<HTMLElement>('.panel, .panel *')) {
            if (!kit.shown(el)) continue;
            const style = getComputedStyle(el);
            const overflows = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
            const size = `${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`;
            const clips = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
            if (clips && overflows) found.push(`${kit.nameOf(el)} clips its content: ${size}`);
            else if (el.matches('button, a, label, summary') && style.display !== 'inline' && overflows) found.push(`${kit.nameOf(el)}'s text overflows its box: ${size}`);
          }
          return [...found, ...kit.sideways(shadow, kit)];
        });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('target size (WCAG 2.5.8, and 2.5.5 for the main actions)', () => {
  /** The route actions, launcher, send, close and topic chips get 44 × 44 (most specific first); the rest 24 × 24. */
  const large = ['.card ol.steps a.action', '.card ol.steps .book-actions button', '.launcher', '.send', '.close', '.chip'];
  const measure = (page: Page) => inPanel(page, (shadow, kit, bigOnes) => {
    const small: string[] = [];
    const seen: string[] = [];
    for (const el of shadow.querySelectorAll('.launcher, .panel button, .panel input, .panel summary, .panel a[href]')) {
      if (!kit.shown(el)) continue;
      // The inline exception: a link inside a sentence of running text.
      if (el.matches('a') && [...el.parentElement!.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())) continue;
      const box = el.getBoundingClientRect();
      const lines = [...el.getClientRects()];
      // A link broken over lines is only as tall as one line of it.
      const height = getComputedStyle(el).display === 'inline' ? Math.min(...lines.map((line) => line.height)) : box.height;
      const big = bigOnes.find((selector) => el.matches(selector));
      if (big) seen.push(big);
      const min = big ? 44 : 24;
      if (box.width < min - 0.01 || height < min - 0.01) small.push(`${kit.nameOf(el)}: ${box.width.toFixed(1)}×${height.toFixed(1)} < ${min}×${min}`);
    }
    return { small, seen: [...new Set(seen)] };
  }, large);

  for (const viewport of [desktop, phone]) {
    it(`gives every control in the panel a large enough target at ${viewport.width} CSS px wide`, async () => {
      const page = await openPage(site, '/', viewport);
      try {
        await openWithKeyboard(page);
        const opened = await measure(page);
        await ask(page, pas);
        await ask(page, flytning);
        await openAllDetails(page);
        const answered = await measure(page);
        expect([...opened.small, ...answered.small]).toEqual([]);
        expect(new Set([...opened.seen, ...answered.seen])).toEqual(new Set(large));
      } finally {
        await page.close();
      }
    });
  }
});

describe('focus and UI component contrast (WCAG 1.4.11, 2.4.7, 2.4.13)', () => {
  it('draws a 2 px or wider outline of at least 3:1 around every focused control, and inputs and filled buttons stand out at 3:1', async () => {
    const inspect = (page: Page) => inPanel(page, (shadow, kit) => {
      const panel = shadow.querySelector('.panel')!;
      const rows = [];
      for (const el of panel.querySelectorAll<HTMLElement>('button, input, a[href], summary, [tabindex="0"]')) {
        if (!kit.shown(el)) continue;
        const options = { focusVisible: true };
        el.focus(options);
        if (shadow.activeElement !== el) continue;
        const style = getComputedStyle(el);
        const sides = ['top', 'right', 'bottom', 'left'];
        rows.push({
          name: kit.nameOf(el),
          focusVisible: el.matches(':focus-visible'),
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          outlineColor: style.outlineColor,
          panelBackground: getComputedStyle(panel).backgroundColor,
          behind: kit.backgroundBehind(el.parentElement!),
          background: style.backgroundColor,
          input: el.matches('input'),
          borders: sides.filter((side) => style.getPropertyValue(`border-${side}-style`) !== 'none').map((side) => style.getPropertyValue(`border-${side}-color`)),
        });
      }
      // Back to the input, where the citizen types the next question.
      shadow.querySelector<HTMLInputElement>('.ask input')!.focus();
      return rows;
    });
    const page = await openPage(site, '/', desktop);
    try {
      await openWithKeyboard(page);
      const rows = await inspect(page);
      await ask(page, pas);
      await ask(page, flytning);
      await openAllDetails(page);
      rows.push(...await inspect(page));
      expect(rows.some((row) => row.name.startsWith('button.chip'))).toBe(true);
      expect(rows.some((row) => row.name.startsWith('a.action'))).toBe(true);

      const problems = rows.flatMap((row) => {
        const found: string[] = [];
        if (!row.focusVisible) found.push(`${row.name} does not match :focus-visible when focused`);
        if (row.outlineStyle === 'none' || row.outlineWidth < 2) found.push(`${row.name} has no 2 px focus outline (${row.outlineStyle} ${row.outlineWidth}px)`);
        const outline = Math.min(contrast(row.outlineColor, row.panelBackground), contrast(row.outlineColor, row.behind));
        if (outline < 3) found.push(`${row.name}'s focus outline ${row.outlineColor} has ${outline.toFixed(2)}:1`);
        if (row.input) {
          const border = Math.min(...row.borders.map((colour) => contrast(colour, row.behind)));
          if (!(border >= 3)) found.push(`${row.name}'s border ${row.borders.join(' ')} has ${border.toFixed(2)}:1 against ${row.behind}`);
        }
        // Filled: painted in a colour other than the panel's own (a white button is outlined by its border).
        const filled = parseColour(row.background)[3] > 0 && contrast(row.background, row.panelBackground) > 1;
        const fill = Math.min(contrast(row.background, row.panelBackground), contrast(row.background, row.behind));
        if (filled && fill < 3) found.push(`${row.name}'s fill ${row.background} has ${fill.toFixed(2)}:1 against ${row.panelBackground} / ${row.behind}`);
        return found;
      });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('forced colours (WCAG 1.4.11 in Windows High Contrast)', () => {
  it('keeps the focus outline, the borders of cards, inputs and buttons, and draws its icons in the system colours', async () => {
    const page = await openPage(site, '/', desktop);
    try {
      await emulateMedia(page, [{ name: 'forced-colors', value: 'active' }]);
      await openWithKeyboard(page);
      const borders = (selectors: string[]) => inPanel(page, (shadow, kit, list) => list.flatMap((selector) => {
        const el = shadow.querySelector(selector);
        if (!el) return [`${selector}: not found`];
        const style = getComputedStyle(el);
        return (['top', 'right', 'bottom', 'left'] as const).flatMap((side) => {
          const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
          const styleName = style.getPropertyValue(`border-${side}-style`);
          const colour = style.getPropertyValue(`border-${side}-color`);
          return styleName === 'none' || width < 1 || /^rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent'
            ? [`${kit.nameOf(el)}: ${side} border ${styleName} ${width}px ${colour}`] : [];
        });
      }), selectors);
      const chipBorders = await borders(['.chip']);
      await ask(page, flytning);
      expect([...chipBorders, ...await borders(['.card', '.ask input', '.ask .send', '.option'])]).toEqual([]);

      const outlines = await inPanel(page, (shadow, kit) => ['.option', '.card a.action', '.ask input'].map((selector) => {
        const el = shadow.querySelector<HTMLElement>(selector)!;
        const options = { focusVisible: true };
        el.focus(options);
        const style = getComputedStyle(el);
        return `${kit.nameOf(el).split(' ')[0]}: ${el.matches(':focus-visible') ? 'focus-visible' : 'no focus-visible'}, ${style.outlineStyle}, ${parseFloat(style.outlineWidth) >= 2 ? '≥ 2px' : style.outlineWidth}`;
      }));
      expect(outlines).toEqual([
        expect.stringMatching(/^button\.option: focus-visible, (?!none)\w+, ≥ 2px$/),
        expect.stringMatching(/^a\.action: focus-visible, (?!none)\w+, ≥ 2px$/),
        expect.stringMatching(/^input: focus-visible, (?!none)\w+, ≥ 2px$/),
      ]);

      const icons = await inPanel(page, (shadow, kit) => {
        const close = shadow.querySelector<HTMLElement>('.close')!;
        const probe = document.createElement('span');
        probe.style.color = 'ButtonText';
        shadow.querySelector('.panel')!.append(probe);
        const buttonText = getComputedStyle(probe).color;
        probe.remove();
        const style = getComputedStyle(close);
        const problems: string[] = [];
        if (close.textContent !== '×' || close.children.length > 0) problems.push(`the close button is not the text glyph ×: ${close.innerHTML}`);
        if (style.color !== buttonText) problems.push(`the close button's × is ${style.color}, not the system ButtonText ${buttonText}`);
        // currentColor follows `color`: give the element a colour nobody uses and see whether the paint follows.
        const follows = (el: HTMLElement | SVGElement, paint: (style: CSSStyleDeclaration) => string[]) => {
          const before = el.style.color;
          el.style.color = 'rgb(1, 2, 3)';
          const painted = paint(getComputedStyle(el)).filter((value) => value !== 'none');
          el.style.color = before;
          return painted.every((value) => value === 'rgb(1, 2, 3)') ? '' : painted.join(' / ');
        };
        const glyph = follows(close, (closeStyle) => [closeStyle.webkitTextFillColor]);
        if (glyph) problems.push(`the close button's × is painted ${glyph}, not currentColor`);
        for (const el of shadow.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const image = getComputedStyle(el, pseudo).backgroundImage;
            if (image && image !== 'none') problems.push(`${kit.nameOf(el)}${pseudo ?? ''} paints a background image, which forced colours hide: ${image.slice(0, 60)}`);
          }
        }
        for (const img of shadow.querySelectorAll('img, input[type="image"]')) problems.push(`${kit.nameOf(img)} is an image icon, which cannot follow the system colours`);
        for (const shape of shadow.querySelectorAll<SVGElement>('svg, svg *')) {
          const paint = follows(shape, (shapeStyle) => [shapeStyle.fill, shapeStyle.stroke]);
          if (paint) problems.push(`${kit.nameOf(shape)} is painted ${paint}, not currentColor`);
        }
        return problems;
      });
      expect(icons).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('reduced motion (WCAG 2.3.3)', () => {
  /** Every element of the widget whose transition or animation would move: "name: 0.2s / fade". */
  const motion = (page: Page) => inPanel(page, (shadow, kit) => [...shadow.querySelectorAll('*')].flatMap((el) => [null, '::before', '::after'].flatMap((pseudo) => {
    const style = getComputedStyle(el, pseudo);
    const durations = `${style.transitionDuration}, ${style.animationDuration}`.split(',').map((value) => parseFloat(value) || 0);
    const moves = durations.some((seconds) => seconds > 0) || (style.animationName !== 'none' && style.animationName !== '');
    return moves ? [`${kit.nameOf(el)}${pseudo ?? ''}: ${style.transitionProperty} ${style.transitionDuration} / ${style.animationName} ${style.animationDuration}`] : [];
  })));
  const openWhy = (page: Page) => inPanel(page, (shadow) => {
    const summary = [...shadow.querySelectorAll<HTMLElement>('summary')].find((candidate) => candidate.textContent === 'Hvorfor foreslår vi det?');
    summary?.click();
    return summary?.parentElement instanceof HTMLDetailsElement && summary.parentElement.open;
  });

  it('runs no animation at all when the citizen prefers reduced motion, while opening, answering and unfolding "Hvorfor foreslår vi det?"', async () => {
    const page = await openPage(site, '/', desktop);
    try {
      await emulateMedia(page, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await openWithKeyboard(page);
      await ask(page, pas);
      expect(await openWhy(page)).toBe(true);
      await settle(page);
      const running = await inPanel(page, (shadow, kit) => [
        ...document.getAnimations().map((animation) => `document: ${animation.constructor.name} on ${(animation.effect as KeyframeEffect | null)?.target?.tagName ?? '?'}`),
        ...shadow.getAnimations().map((animation) => {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          return `widget: ${animation.constructor.name} on ${target ? kit.nameOf(target) : '?'}`;
        }),
      ]);
      expect(running).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('turns off every transition and animation the widget has once reduced motion is asked for', async () => {
    const page = await answeredPage(desktop);
    try {
      expect(await openWhy(page)).toBe(true);
      const before = await motion(page);
      await emulateMedia(page, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      expect(await inPanel(page, () => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      // Whatever moves without the preference (today: nothing) must be still with it.
      expect({ before: before.length, after: await motion(page) }).toEqual({ before: before.length, after: [] });
    } finally {
      await page.close();
    }
  });
});

describe('more contrast (prefers-contrast: more)', () => {
  it('draws the borders of answer cards and the input stronger when the citizen asks for more contrast', async () => {
    const page = await answeredPage(desktop);
    try {
      const borders = () => inPanel(page, (shadow, kit) => ['.card', '.ask input'].map((selector) => {
        const el = shadow.querySelector(selector)!;
        const style = getComputedStyle(el);
        return { selector, width: parseFloat(style.borderTopWidth), colour: style.borderTopColor, behind: kit.backgroundBehind(el.parentElement!) };
      }));
      const normal = await borders();
      await emulateMedia(page, [{ name: 'prefers-contrast', value: 'more' }]);
      const more = await borders();
      const weaker = more.flatMap((after, i) => {
        const was = normal[i];
        const [before, now] = [contrast(was.colour, was.behind), contrast(after.colour, after.behind)];
        const stronger = after.width >= was.width && now >= before && (after.width > was.width || now > before);
        return stronger ? [] : [`${after.selector}: ${was.width}px ${before.toFixed(2)}:1 → ${after.width}px ${now.toFixed(2)}:1`];
      });
      expect(weaker).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
