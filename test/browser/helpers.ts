/** Shared helpers for the browser tests, which drive the *built* widget from dist/. */
import 'axe-core';

/** The built loader, as a site includes it. */
export const loaderUrl = '/dist/vejviser/loader.js';

/** Creates a <vejviser-widget> with attributes, appends it, and makes sure the loader is loaded. */
export async function addWidget(attributes: Record<string, string> = {}): Promise<HTMLElement> {
  // Each test file starts a fresh conversation: the widget keeps one per tab (sessionStorage),
  // and test files may run one after another in the same tab.
  sessionStorage.clear();
  const host = document.createElement('vejviser-widget');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  document.body.append(host);
  await import(/* @vite-ignore */ loaderUrl);
  await customElements.whenDefined('vejviser-widget');
  return host;
}

/** The widget's open shadow root. */
export function shadowOf(host: HTMLElement): ShadowRoot {
  if (!host.shadowRoot) throw new Error('widget has no shadow root');
  return host.shadowRoot;
}

/** Polls until `check` returns a truthy value, or fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on an element (shadow DOM included) and returns readable violations. */
export async function axeViolations(context: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: axeTags } });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
