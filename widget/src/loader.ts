/**
 * The script a site includes (≤ 2.5 KB gzip). It defines <vejviser-widget>, renders only the
 * launcher, and loads the app and the knowledge when the citizen first interacts with it (hover,
 * focus or click); inline widgets load when they scroll into view. Before that it makes no request
 * and writes no storage. Included as a plain script tag with no <vejviser-widget> on the page, it
 * adds a floating one, copying the tag's data-* options.
 */
import type { MountOptions, WidgetController } from './embed.ts';

type Mount = (options: MountOptions) => Promise<WidgetController | undefined>;

// Resets everything the host page could pass down by inheritance; `all` leaves custom properties
// (--vv-primary) alone, so a site can still theme the widget.
const css = `.vv{all:initial;display:block;font-family:inherit;font-size:medium;line-height:1.5;color:#1a1a1a}
.launcher{all:initial;box-sizing:border-box;position:fixed;right:1em;bottom:1em;z-index:2147483646;display:inline-flex;align-items:center;gap:.5em;min-height:2.75em;min-width:2.75em;padding:.5em 1.25em;font-family:inherit;font-size:1em;font-weight:600;line-height:1.2;color:#fff;background:var(--vv-primary,var(--vv-theme,#004b87));border:2px solid #fff;border-radius:2em;box-shadow:0 .2em .8em rgb(0 0 0/.3);cursor:pointer}
.launcher:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 .3125em #ffbf47}
.launcher[aria-busy=true]{cursor:progress}
.failed{position:fixed;right:1em;bottom:4.5em;max-width:20em;margin:0;padding:1em;background:#fff;border:2px solid #1a1a1a;border-radius:.5em}
@media (forced-colors:active){.launcher{border-color:ButtonText}}
@media print{.launcher{display:none}}`;

const labels: Record<string, string> = { da: 'Hvad skal du? Få hjælp', en: 'What do you need? Get help' };
const failedLabels: Record<string, string> = { da: 'Hjælpen kunne ikke starte lige nu. Ring til kommunens Borgerservice.', en: 'The help could not start just now. Please call the municipality.' };

/** A deep link to an answer (#vejviser=pas) opens the floating widget at once. */
const deepLinked = () => /[#&]vejviser=/.test(location.hash);

/** The custom element; options are attributes: mode, lang, knowledge, on-error, reset-after, handoff-page. */
export class VejviserWidget extends HTMLElement {
  /** Called with every error the widget reports; set it from script. */
  onError?: (error: unknown) => void;
  #loading?: Promise<WidgetController | undefined>;

  connectedCallback(): void {
    try {
      this.#render();
    } catch (error) {
      this.#report(error);
    }
  }

  #report = (error: unknown): void => {
    console.error('[vejviser]', error);
    try {
      this.onError?.(error);
      const named = this.getAttribute('on-error');
      const hook = named ? (window as unknown as Record<string, unknown>)[named] : undefined;
      if (typeof hook === 'function') hook(error);
      this.dispatchEvent(new CustomEvent('vejviser-error', { detail: error, bubbles: true, composed: true }));
    } catch (hookError) {
      console.error('[vejviser] onError threw', hookError);
    }
  };

  #render(): void {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement('div');
    root.className = 'vv';
    shadow.append(root);
    const lang = this.getAttribute('lang') === 'en' ? 'en' : 'da';
    root.lang = lang;
    const modeAttribute = this.getAttribute('mode');
    const mode = modeAttribute === 'inline' || modeAttribute === 'counter' ? modeAttribute : 'floating';
    const load = (launcher?: HTMLButtonElement) => (this.#loading ??= this.#load(shadow, root, mode, lang, launcher));

    if (mode === 'counter') {
      // Staff's counter screen: it is the page's purpose, so it loads straight away.
      void load();
      return;
    }
    if (mode === 'inline') {
      this.style.display = 'block';
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      });
      observer.observe(this);
      return;
    }

    const launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = 'launcher';
    launcher.textContent = labels[lang];
    launcher.setAttribute('aria-expanded', 'false');
    root.append(launcher);
    const warm = () => void load(launcher);
    launcher.addEventListener('pointerenter', warm, { once: true });
    launcher.addEventListener('focus', warm, { once: true });
    launcher.addEventListener('click', async () => {
      launcher.setAttribute('aria-busy', 'true');
      const controller = await load(launcher);
      launcher.removeAttribute('aria-busy');
      controller?.toggle();
    });
    const openLinked = async () => deepLinked() && (await load(launcher))?.open();
    void openLinked();
    addEventListener('hashchange', openLinked);
  }

  async #load(shadow: ShadowRoot, root: HTMLElement, mode: 'floating' | 'inline' | 'counter', lang: string, launcher?: HTMLButtonElement) {
    // A `knowledge` attribute is relative to the page, like any URL in HTML; the default sits beside the loader.
    const attribute = this.getAttribute('knowledge');
    const knowledgeUrl = (attribute ? new URL(attribute, document.baseURI) : new URL('knowledge.json', import.meta.url)).href;
    try {
      const { mount } = await import(new URL('app.js', import.meta.url).href) as { mount: Mount };
      const resetAfter = Number(this.getAttribute('reset-after'));
      const handoffPage = this.getAttribute('handoff-page');
      return await mount({
        root, shadow, launcher, mode, lang, knowledgeUrl, report: this.#report,
        resetAfterSeconds: resetAfter > 0 ? resetAfter : undefined,
        handoffPage: handoffPage ? new URL(handoffPage, document.baseURI).href : undefined,
      });
    } catch (error) {
      this.#report(error);
      const message = document.createElement('p');
      message.setAttribute('role', 'status');
      if (mode === 'floating') message.className = 'failed';
      message.textContent = failedLabels[lang];
      root.append(message);
      return undefined;
    }
  }
}

try {
  if (!customElements.get('vejviser-widget')) customElements.define('vejviser-widget', VejviserWidget);
  if (!document.querySelector('vejviser-widget')) {
    const widget = document.createElement('vejviser-widget');
    const script = [...document.querySelectorAll('script')].find((tag) => tag.src === import.meta.url);
    for (const [key, value] of Object.entries(script?.dataset ?? {})) {
      widget.setAttribute(key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), value ?? '');
    }
    document.body.append(widget);
  }
} catch (error) {
  console.error('[vejviser]', error);
}
