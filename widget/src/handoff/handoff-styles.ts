/**
 * The hand-off panel's styles, shipped in its chunk. The widget's strict CSP (style-src 'self')
 * forbids a <style> element, and the widget's own stylesheet is adopted once at mount without
 * these rules, so the panel adopts a constructable stylesheet of its own into its root.
 */
import { adoptOnce } from '../ui/adopt-once.ts';

// Comments live here, not in the string, which ships as it is.
// - The QR code's colour is set on the svg, not inherited: in forced colours with a dark theme an
//   inherited currentColor becomes the forced light text colour, and the modules vanish into the
//   white ground.
// - forced-color-adjust: none keeps it black on white whatever the theme, since a camera needs
//   dark modules on a light ground and many phones cannot read an inverted code. Chromium already
//   leaves SVG colours alone in forced colours; the rule says so for every engine.

/** The hand-off panel's CSS. Sizes in em follow the citizen's text size. */
export const handoffCss = `
.handoff { margin: 0.5em 0; padding: 0.75em; border: 2px solid #0b4f99; border-radius: 0.5em; }
.handoff h4 { margin: 0 0 0.5em; font-size: 1em; }
.handoff-qr {
  display: block;
  width: min(12em, 100%);
  height: auto;
  aspect-ratio: 1;
  margin: 0.25em 0 0.75em;
  color: #000;
  background: #fff;
}
.handoff-url { margin: 0 0 0.75em; font-size: 1.0625em; font-weight: 600; overflow-wrap: anywhere; }
.handoff-url code { font-family: inherit; }
@media (forced-colors: active) {
  .handoff { border-color: CanvasText; }
  .handoff-qr { forced-color-adjust: none; }
}
`;

/** Adds the hand-off styles to `root` (the widget's shadow root, or a document) once. */
export function adoptHandoffStyles(root: Document | ShadowRoot): void {
  adoptOnce(root, handoffCss);
}
