/**
 * "Continue on your phone": at the Borgerservice counter, staff show the citizen a QR
 * code of a deep link to the answer on the screen, and the same link as text to type. The link
 * carries a situation and a profile only, never anything the citizen typed; the caller builds it
 * with deepLinkUrl(). This module is the entry of its own chunk: load it with
 * `import('../handoff/handoff-panel.tsx')` when staff ask for it, never statically, so the QR
 * encoder stays out of what the widget loads when it opens.
 */
import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useWidget } from '../ui/context.ts';
import { adoptHandoffStyles } from './handoff-styles.ts';
import { qrSvgPath, quietZone } from './qr.ts';
import { readableUrl } from './readable-url.ts';
import { handoffStrings } from './strings.ts';

/** A QR code of `url` with the link as text below it, and a button that calls `onClose`. */
export function HandoffPanel({ url, onClose }: { url: string; onClose: () => void }) {
  const t = handoffStrings(useWidget().lang);
  const { size, path } = useMemo(() => qrSvgPath(url), [url]);
  // Unique per panel, so two answers' panels open at once still label their own sections.
  const id = `vv-handoff-${useId()}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // Layout effect: the styles are in place before the first paint, so the code never flashes
    // at the SVG's default size.
    adoptHandoffStyles(heading.current!.getRootNode() as Document | ShadowRoot);
    // Staff pressed a button that this panel follows; focus moves here so keyboard and screen-reader
    // users land on what appeared, as the booking panels do.
    heading.current!.focus();
  }, []);
  const box = size + 2 * quietZone;
  return (
    <section class="handoff" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`} ref={heading} tabIndex={-1}>{t.heading}</h4>
      <p>{t.instruction}</p>
      <svg class="handoff-qr" role="img" aria-label={t.qrLabel} xmlns="http://www.w3.org/2000/svg"
        viewBox={`${-quietZone} ${-quietZone} ${box} ${box}`} shape-rendering="crispEdges">
        {/* The white ground includes the quiet zone, so the code scans on any page colour. */}
        <rect x={-quietZone} y={-quietZone} width={box} height={box} fill="#fff" />
        <path d={path} fill="currentColor" />
      </svg>
      <p>{t.typeIt}</p>
      <p class="handoff-url"><code>{readableUrl(url)}</code></p>
      <button type="button" class="option" onClick={onClose}>{t.close}</button>
    </section>
  );
}
