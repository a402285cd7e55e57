/**
 * Printing while the floating panel is open prints the panel, not the page behind it: a citizen
 * who presses Ctrl+P wants the answer on paper. A print-only stylesheet on the document hides every
 * element of the host page except the widget's host element and its ancestors; on screen nothing
 * changes. The stylesheet is a constructable one added to document.adoptedStyleSheets, so it works
 * under a strict Content-Security-Policy and leaves the page's own sheets (adopted or not) alone.
 */

/** The attribute that marks the host element while its panel should be what is printed. */
const marker = 'data-vejviser-print';

/** How many open panels want each host printed, so nested calls undo only their own share. */
const holds = new WeakMap<Element, number>();

/**
 * The print rules. `:has()` finds the host's ancestors however the page changes meanwhile, and
 * `!important` wins over the page's own print rules. What the host contains is left alone.
 */
const rules = `@media print {
  body *:not([${marker}], [${marker}] *, :has([${marker}])) { display: none !important; }
  [${marker}] { display: block !important; }
}`;

/**
 * While the floating panel is open, printing shows only the widget: everything else on the host
 * page is hidden in print. Returns the function that undoes exactly this (safe to call twice).
 */
export function hidePageWhenPrinting(host: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  holds.set(host, (holds.get(host) ?? 0) + 1);
  host.setAttribute(marker, '');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Filtered rather than reset: the page or other scripts may have adopted sheets since.
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    const left = (holds.get(host) ?? 1) - 1;
    if (left > 0) {
      holds.set(host, left);
    } else {
      holds.delete(host);
      host.removeAttribute(marker);
    }
  };
}
