/** Focus helpers for the panel: keeping keyboard focus inside the floating dialog. */

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The visible, focusable elements inside `container`, in tab order. */
export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(focusable)].filter((element) => element.getClientRects().length > 0);
}

/**
 * Wraps Tab from the last control to the first and Shift+Tab back, so keyboard focus can never
 * land on host-page content hidden under the panel (WCAG 2.4.11 Focus Not Obscured).
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const elements = focusableIn(container);
  if (elements.length === 0) return;
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
