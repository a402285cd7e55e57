/**
 * Stylesheets that come with an on-demand chunk (the counter, the hand-off). The widget's own
 * sheet is adopted once at mount, and the strict CSP (style-src 'self') forbids <style> elements,
 * so a chunk adopts a constructable sheet of its own into the root it renders in.
 */

const sheets = new Map<string, CSSStyleSheet>();

/** Adds `css` to `root` unless it is there already; one sheet per text, shared by every root. */
export function adoptOnce(root: Document | ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
