/**
 * Makes the host page inert while the widget covers the screen as a modal dialog (narrow screens),
 * so screen-reader browse mode and Tab cannot reach the page hidden underneath (APG dialog
 * pattern, WCAG 1.3.2 and 2.4.3). Only elements it made inert are released again: a page's own
 * inert content stays inert.
 */

/** Makes everything outside `host` inert; returns the function that undoes exactly that. */
export function makeHostInert(host: Element): () => void {
  const changed: HTMLElement[] = [];
  // Every sibling of the host and of each of its ancestors, up to <body>, is "outside".
  for (let node: Element | null = host; node && node !== document.body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && !['SCRIPT', 'STYLE', 'LINK'].includes(sibling.tagName)) {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
  }
  return () => {
    for (const element of changed) element.inert = false;
  };
}
